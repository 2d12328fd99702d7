#pragma once

#include <QImage>
#include <QWidget>

class QSvgRenderer;

namespace unclutch::app {

// A step's pose picture, scaled to fit and centred: an SVG pictogram drawn crisp at any size,
// or any image format Qt reads. A missing or unreadable file shows nothing; the library already
// warned about it.
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

    QString m_path;
    QSvgRenderer* m_svg = nullptr;
    QImage m_image;
};

} // namespace unclutch::app
