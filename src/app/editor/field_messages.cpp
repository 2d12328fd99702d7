#include "field_messages.h"

#include <QCoreApplication>
#include <QLabel>

namespace unclutch::app {

QStringList pointerTokens(std::string_view pointer)
{
    QStringList tokens;
    if (pointer.empty())
        return tokens;
    const QString text = QString::fromUtf8(pointer.data(), static_cast<qsizetype>(pointer.size()));
    const QStringList parts = text.mid(1).split(u'/');
    for (QString token : parts) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        tokens << token;
    }
    return tokens;
}

FieldDiagnostics takeUnder(FieldDiagnostics& from, const QStringList& head)
{
    FieldDiagnostics taken;
    for (auto it = from.begin(); it != from.end();) {
        if (it->path.size() >= head.size() && it->path.mid(0, head.size()) == head) {
            taken.append({it->path.mid(head.size()), it->diagnostic});
            it = from.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

void showMessages(QLabel* label, const FieldDiagnostics& messages)
{
    QStringList lines;
    QStringList full;
    bool error = false;
    for (const FieldDiagnostic& message : messages) {
        const bool isError = message.diagnostic.severity == core::Severity::Error;
        error = error || isError;
        lines << (isError ? QCoreApplication::translate("FieldMessages", "error: %1")
                          : QCoreApplication::translate("FieldMessages", "warning: %1"))
                     .arg(QString::fromStdString(message.diagnostic.message));
        full << QString::fromStdString(message.diagnostic.format());
    }
    const QString text = lines.join(u'\n');
    if (label->text() != text)
        label->setText(text);
    label->setToolTip(full.join(u'\n'));
    label->setProperty("severity", messages.isEmpty() ? QString()
                                   : error            ? QStringLiteral("error")
                                                      : QStringLiteral("warning"));
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                               : QStringLiteral("color: #8a5a00;"));
    label->setVisible(!messages.isEmpty());
}

} // namespace unclutch::app
