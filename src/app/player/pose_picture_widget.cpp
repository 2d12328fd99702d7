#include "pose_picture_widget.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

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
    if (!path.isEmpty() &&
        QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0)
        m_svg->load(path);
    else if (!path.isEmpty())
        m_image = QImageReader(path).read();
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
