#pragma once

#include <cstddef>
#include <iterator>

namespace unclutch::core {

// nlohmann's SAX callbacks carry no position. JsonDocumentBuilder has the parser read its input
// through this iterator, which publishes how far it has read: a callback then knows where its
// token ended, and finds where it started by skipping back over separators only.
class PublishingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    PublishingIterator(const char* position, const char** published)
        : m_position(position)
        , m_published(published)
    {
    }

    reference operator*() const { return *m_position; }
    PublishingIterator& operator++()
    {
        *m_published = ++m_position;
        return *this;
    }
    PublishingIterator operator++(int)
    {
        PublishingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const PublishingIterator& other) const
    {
        return m_position == other.m_position;
    }

private:
    const char* m_position;
    const char** m_published;
};

} // namespace unclutch::core
