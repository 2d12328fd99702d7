#pragma once

#include <QString>

namespace unclutch::app {

// Where file dialogs start: the documents folder when there is one, else home.
QString documentsFolder();

} // namespace unclutch::app
