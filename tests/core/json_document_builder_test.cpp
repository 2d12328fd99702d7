#include <gtest/gtest.h>

#include <string>

#include "core/diagnostic_list.h"
#include "core/json_document_builder.h"

using namespace unclutch::core;

namespace {

// Checks that every value starts where its first byte says it should and every key at a
// quote, then returns how many values there were.
std::size_t check_offsets(const JsonDocument& document, std::string_view text,
                          JsonDocument::Index index, bool member)
{
    const JsonNode& node = document.node(index);
    const char first = text.at(node.offset);
    switch (node.kind) {
    case JsonKind::Object:
        EXPECT_EQ(first, '{');
        break;
    case JsonKind::Array:
        EXPECT_EQ(first, '[');
        break;
    case JsonKind::String:
        EXPECT_EQ(first, '"');
        break;
    case JsonKind::Number:
        EXPECT_TRUE(first == '-' || (first >= '0' && first <= '9')) << node.offset;
        break;
    case JsonKind::Boolean:
        EXPECT_EQ(first, node.boolean ? 't' : 'f');
        break;
    case JsonKind::Null:
        EXPECT_EQ(first, 'n');
        break;
    case JsonKind::Invalid:
        break;
    }
    if (member) {
        EXPECT_EQ(text.at(node.key_offset), '"');
    }
    std::size_t count = 1;
    for (auto child = document.first_child(index); child != JsonDocument::none;
         child = document.next(child))
        count += check_offsets(document, text, child, node.kind == JsonKind::Object);
    return count;
}

} // namespace

TEST(JsonDocumentBuilder, KnowsWhereEveryValueAndKeyStarts)
{
    const std::string text = "{\"a\":1,\"b\" : [ 2 ,[3],{\"c\":-4.5e1}, \"x\\\"y\",true,false,"
                             "null,0],\n\t\"d\":{},\"e\":[],\"\\u00e9\":1e400, \"f\" :7 }";
    DiagnosticList diagnostics(text);
    const auto document = JsonDocumentBuilder::build(text, diagnostics);
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(check_offsets(*document, text, document->root(), false), 17u);
    EXPECT_EQ(diagnostics.finish("t.json").size(), 1u); // 1e400
}

TEST(JsonDocumentBuilder, KeepsNumbersOfEveryKind)
{
    const std::string text = "[18446744073709551615, -9223372036854775808, 0.5, 1e2, -0]";
    DiagnosticList diagnostics(text);
    const auto document = JsonDocumentBuilder::build(text, diagnostics);
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(document->to_json(document->root()).dump(),
              "[18446744073709551615,-9223372036854775808,0.5,100.0,0]");
    const auto first = document->first_child(document->root());
    EXPECT_EQ(document->number_text(first), "18446744073709551615");
    EXPECT_TRUE(document->is_whole_number(document->next(document->next(document->next(first)))));
}
