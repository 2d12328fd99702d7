#pragma once

#include <QWidget>

#include <cstdint>

namespace unclutch::app {

// The time left as "M:SS", as large as the widget allows: the one thing a person lying on the
// floor has to read from two metres. It shows the whole seconds left, rounded up, so "0:00"
// appears only when the time is up. Painted from the palette, so it follows dark and light.
//
// Its size follows its width alone: "0:00" fills it, and it asks for the height that takes
// (heightForWidth), so a page that gives it the same width on every screen gets the same digits
// on every screen. Ten minutes or more ("10:00") are set smaller, to fit the same width.
class CountdownWidget : public QWidget {
    Q_OBJECT

public:
    explicit CountdownWidget(QWidget* parent = nullptr);

    void setRemainingMs(std::int64_t ms);
    std::int64_t remainingMs() const { return m_remainingMs; }
    QString text() const { return m_text; }
    // Paused: drawn in a quieter colour, so a glance tells it is not counting.
    void setDimmed(bool dimmed);
    // The pixel height of a digit as last painted, for the readability test.
    int digitHeight() const { return m_digitHeight; }

    static QString format(std::int64_t ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitFont();

    std::int64_t m_remainingMs = 0;
    QString m_text = QStringLiteral("0:00");
    bool m_dimmed = false;
    QFont m_font;
    int m_digitHeight = 0;
};

} // namespace unclutch::app
