#pragma once
// The two writers SampleWalker drives: CBOR through QCborStreamWriter, and JSON text. Both write
// straight into one buffer; no document is built in between, which keeps encoding a sample to a
// few microseconds. Private to sample_codec.cpp.

#include <QByteArray>
#include <QCborStreamWriter>
#include <QString>
#include <cmath>

namespace mirrorstage {

class CborSampleWriter {
public:
    CborSampleWriter() : m_writer(&m_bytes) {}

    void beginMap() { m_writer.startMap(); }
    void endMap() { m_writer.endMap(); }
    void beginArray() { m_writer.startArray(); }
    void endArray() { m_writer.endArray(); }
    void key(const char *name) { m_writer.append(QLatin1StringView(name)); }
    void null() { m_writer.append(nullptr); }
    void boolean(bool value) { m_writer.append(value); }
    void integer(qint64 value) { m_writer.append(value); }
    void real(double value)
    {
        // Whole numbers go as integers: smaller, and what a reader of "100 %" expects.
        if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
            m_writer.append(qint64(value));
        else if (std::isfinite(value))
            m_writer.append(value);
        else
            m_writer.append(nullptr);
    }
    void string(const QString &value) { m_writer.append(value); }
    void latin1(const char *value) { m_writer.append(QLatin1StringView(value)); }

    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
    QCborStreamWriter m_writer;
};

class JsonSampleWriter {
public:
    JsonSampleWriter() { m_out.reserve(8192); }

    void beginMap() { open('{'); }
    void endMap() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        separate();
        m_out.append('"').append(name).append("\":");
        m_afterKey = true;
    }
    void null() { scalar("null"); }
    void boolean(bool value) { scalar(value ? "true" : "false"); }
    void integer(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
    }
    void real(double value)
    {
        if (!std::isfinite(value))
            return null();
        separate();
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    }
    void string(const QString &value)
    {
        separate();
        appendEscaped(value.toUtf8());
    }
    void latin1(const char *value)
    {
        separate();
        appendEscaped(QByteArray(value));
    }

    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket)
    {
        separate();
        m_out.append(bracket);
        m_first = true;
    }
    void close(char bracket)
    {
        m_out.append(bracket);
        m_first = false;
    }
    void scalar(const char *literal)
    {
        separate();
        m_out.append(literal);
    }
    // A comma before every value of a container but the first; none after a key.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }
    void appendEscaped(const QByteArray &utf8)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.append('"');
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out.append('\\').append(c);
            } else if (byte < 0x20) {
                m_out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xF]);
            } else {
                m_out.append(c);
            }
        }
        m_out.append('"');
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

}  // namespace mirrorstage
