#include "pose_picture_widget.h"

#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

#include "storage/picture_importer.h"

namespace unclutch::app {

PosePictureWidget::PosePictureWidget(QWidget* parent)
    : QWidget(parent)
    , m_svg(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("posePicture"));
    setAccessibleName(tr("Pose picture"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

PosePictureWidget::~PosePictureWidget() = default;

void PosePictureWidget::setImageFile(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_image = QImage();
    m_svg->load(QByteArray());
    if (!path.isEmpty()) {
        // Never opened by Qt itself: a named pipe in a picture's place would stop the player.
        const storage::Result<QByteArray> bytes = storage::PictureImporter::read(path);
        const bool svg =
            QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
        if (bytes.ok() && svg)
            m_svg->load(*bytes);
        else if (bytes.ok())
            m_image = QImage::fromData(*bytes);
    }
    setAccessibleDescription(hasPicture() ? QFileInfo(path).completeBaseName() : QString());
    update();
}

bool PosePictureWidget::hasPicture() const
{
    return m_svg->isValid() || !m_image.isNull();
}

QSizeF PosePictureWidget::naturalSize() const
{
    if (m_svg->isValid())
        return m_svg->viewBoxF().size();
    return m_image.size();
}

QSize PosePictureWidget::sizeHint() const
{
    return {320, 220};
}

void PosePictureWidget::paintEvent(QPaintEvent*)
{
    if (!hasPicture())
        return;
    QSizeF size = naturalSize();
    if (size.isEmpty())
        return;
    size.scale(QSizeF(rect().size()), Qt::KeepAspectRatio);
    QRectF target(QPointF(), size);
    target.moveCenter(QRectF(rect()).center());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_svg->isValid())
        m_svg->render(&painter, target);
    else
        painter.drawImage(target, m_image);
}

} // namespace unclutch::app
