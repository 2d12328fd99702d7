#include "image_picker.h"

#include <QBuffer>
#include <QDir>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "storage/picture_importer.h"

namespace unclutch::app {

namespace {

constexpr int previewSize = 40;

} // namespace

ImagePicker::ImagePicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_choose(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_preview(new QLabel(this))
{
    // A compound control, not a form: three widgets in a row, like a file chooser.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    m_preview->setFixedSize(previewSize, previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    // A form label's buddy (Alt+letter) and Tab land in the path.
    setFocusProxy(m_edit);
    m_edit->setPlaceholderText(tr("No picture"));
    m_choose->setText(tr("Ch&oose…"));
    m_choose->setToolTip(tr("Pick a picture; it is copied into the images folder beside the "
                            "routine"));
    m_clear->setText(tr("Clear"));

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        updatePreview();
        emit pathEdited(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    });
    connect(m_choose, &QToolButton::clicked, this, &ImagePicker::chooseRequested);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->clear();
        updatePreview();
        emit pathEdited(std::nullopt);
    });
}

void ImagePicker::setObjectNames(const QString& stem)
{
    m_edit->setObjectName(stem + QStringLiteral("Path"));
    m_choose->setObjectName(stem + QStringLiteral("Choose"));
    m_clear->setObjectName(stem + QStringLiteral("Clear"));
}

void ImagePicker::setPath(const std::optional<QString>& path)
{
    // The step editor sets the path again after every edit of the step: the picture is read again
    // only when it is another one (setBaseFolder() reads it again for a routine saved elsewhere).
    const QString text = path.value_or(QString());
    if (m_edit->text() == text)
        return;
    m_edit->setText(text);
    updatePreview();
}

void ImagePicker::setBaseFolder(const QString& folder)
{
    m_baseFolder = folder;
    updatePreview();
}

void ImagePicker::updatePreview()
{
    const QString text = m_edit->text();
    QImage image;
    // Read here, not by Qt from the path: the path is typed, and a named pipe would hang.
    const storage::Result<QByteArray> bytes =
        text.isEmpty() || m_baseFolder.isEmpty()
            ? QByteArray()
            : storage::PictureImporter::read(QDir(m_baseFolder).filePath(text));
    if (bytes.ok() && !bytes->isEmpty()) {
        QBuffer buffer;
        buffer.setData(*bytes);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(
                size.scaled(previewSize - 4, previewSize - 4, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(text.isEmpty() ? QString() : tr("?"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(image));
    }
}

} // namespace unclutch::app
