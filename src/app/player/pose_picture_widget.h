#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

namespace unclutch::app {

// A step's pose picture, scaled to fit and centred: an SVG pictogram drawn crisp at any size,
// or any image format Qt reads. A missing or unreadable file shows nothing; the library already
// warned about it. SVG is read through Qt's image plugin, which loads QtSvg only when a picture
// needs it, at the size it is shown at.
class PosePictureWidget : public QWidget {
    Q_OBJECT

public:
    explicit PosePictureWidget(QWidget* parent = nullptr);
    ~PosePictureWidget() override;

    // An absolute path, or empty for none.
    void setImageFile(const QString& path);
    bool hasPicture() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSizeF naturalSize() const;
    // The SVG picture drawn for `pixels`, made again when the size changes.
    const QImage& vectorImage(const QSize& pixels);

    QString m_path;
    QByteArray m_bytes; // the file's, read once: Qt never opens it
    bool m_vector = false;
    QSize m_vectorSize; // the SVG's own size, empty when it cannot be read
    QImage m_image;     // the raster picture, or the SVG as last drawn
};

} // namespace unclutch::app
