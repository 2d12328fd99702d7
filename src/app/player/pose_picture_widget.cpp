#include "pose_picture_widget.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include "storage/picture_importer.h"

namespace unclutch::app {

PosePictureWidget::PosePictureWidget(QWidget* parent)
    : QWidget(parent)
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
    m_bytes.clear();
    m_vectorSize = QSize();
    // Never opened by Qt itself: a named pipe in a picture's place would stop the player.
    if (!path.isEmpty()) {
        if (const storage::Result<QByteArray> bytes = storage::PictureImporter::read(path); bytes)
            m_bytes = *bytes;
    }
    m_vector = !path.isEmpty() &&
               QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    if (m_vector) {
        QBuffer buffer(&m_bytes);
        QImageReader reader(&buffer, "svg");
        if (reader.canRead())
            m_vectorSize = reader.size();
    } else if (!m_bytes.isEmpty()) {
        m_image = QImage::fromData(m_bytes);
    }
    setAccessibleDescription(hasPicture() ? QFileInfo(path).completeBaseName() : QString());
    update();
}

bool PosePictureWidget::hasPicture() const
{
    return m_vector ? !m_vectorSize.isEmpty() : !m_image.isNull();
}

QSizeF PosePictureWidget::naturalSize() const
{
    return m_vector ? m_vectorSize : m_image.size();
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
    if (m_vector) {
        const qreal ratio = devicePixelRatioF();
        painter.drawImage(target, vectorImage((target.size() * ratio).toSize()));
    } else {
        painter.drawImage(target, m_image);
    }
}

const QImage& PosePictureWidget::vectorImage(const QSize& pixels)
{
    if (m_image.size() != pixels) {
        QBuffer buffer(&m_bytes);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(pixels);
        m_image = reader.read();
    }
    return m_image;
}

} // namespace unclutch::app
