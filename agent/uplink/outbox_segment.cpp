#include "outbox_segment.h"

#include "crc32c.h"
#include "outbox_log.h"

#include <QFile>
#include <QtEndian>
#include <fcntl.h>
#include <limits>

namespace mirrorstage::reflector {
namespace {

constexpr char kMagic[8] = {'M', 'S', 'O', 'U', 'T', 'B', 'O', 'X'};
constexpr quint16 kFormat = 1;
constexpr qint64 kFixedHeaderBytes = 8 + 2 + 1 + 4;  // magic, format, boot id length, CRC
constexpr qint64 kFrameBytes = 8;                    // length and CRC
constexpr qint64 kFieldBytes = kRecordOverheadBytes - kFrameBytes;
constexpr int kNumberDigits = 20;
const QLatin1String kSegmentSuffix(".seg");

template <typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T>
T readLittleEndian(const char *at)
{
    return qFromLittleEndian<T>(at);
}

quint32 frameChecksum(const char *frame, quint32 length)
{
    return crc32c(crc32c(0, frame, 4), frame + kFrameBytes, length);
}

QByteArray encodeHeader(const QString &bootId)
{
    QByteArray header(kMagic, sizeof(kMagic));
    const QByteArray boot = bootId.toUtf8();
    appendLittleEndian<quint16>(header, kFormat);
    header.append(char(quint8(boot.size())));
    header.append(boot);
    appendLittleEndian<quint32>(header, crc32c(0, header.constData(), header.size()));
    return header;
}

bool isPrefixOfMagic(const QByteArray &data)
{
    return QByteArray::fromRawData(kMagic, sizeof(kMagic)).startsWith(data.left(sizeof(kMagic)));
}

// Fills status, bootId and validBytes (= the header's size) from the start of a segment.
void scanHeader(const QByteArray &data, SegmentScan &scan)
{
    if (data.size() < kFixedHeaderBytes) {
        scan.status = isPrefixOfMagic(data) ? SegmentScan::Status::Stub : SegmentScan::Status::NotASegment;
        return;
    }
    scan.status = SegmentScan::Status::NotASegment;
    if (!data.startsWith(QByteArray::fromRawData(kMagic, sizeof(kMagic))))
        return;
    const auto bootBytes = qint64(quint8(data[10]));
    const qint64 headerBytes = kFixedHeaderBytes + bootBytes;
    if (data.size() < headerBytes) {
        scan.status = SegmentScan::Status::Stub;
        return;
    }
    const quint32 stored = readLittleEndian<quint32>(data.constData() + headerBytes - 4);
    if (readLittleEndian<quint16>(data.constData() + 8) != kFormat || bootBytes == 0
        || crc32c(0, data.constData(), headerBytes - 4) != stored)
        return;
    scan.status = SegmentScan::Status::Valid;
    scan.bootId = QString::fromUtf8(data.constData() + 11, bootBytes);
    scan.validBytes = headerBytes;
}

// Checks the record at scan.validBytes; on success appends it to the scan and returns its size.
qint64 scanRecord(const QByteArray &data, SegmentScan &scan)
{
    const qint64 at = scan.validBytes;
    const qint64 left = data.size() - at;
    const char *frame = data.constData() + at;
    const auto problem = [&](const QString &what) {
        scan.problem = QStringLiteral("at byte %1: %2").arg(at).arg(what);
        return qint64(0);
    };
    if (left < kFrameBytes)
        return problem(QStringLiteral("a record's frame is cut short"));
    const quint32 length = readLittleEndian<quint32>(frame);
    if (length < kFieldBytes || length > kFieldBytes + kMaxPayloadBytes)
        return problem(QStringLiteral("a record's length (%1) is impossible").arg(length));
    if (left - kFrameBytes < length)
        return problem(QStringLiteral("a record is cut short (%1 of %2 bytes)").arg(left - kFrameBytes).arg(length));
    if (frameChecksum(frame, length) != readLittleEndian<quint32>(frame + 4))
        return problem(QStringLiteral("a record's checksum does not match"));
    const quint64 seq = readLittleEndian<quint64>(frame + 9);
    const quint64 expected = scan.offsets.isEmpty() ? seq : scan.firstSeq + quint64(scan.offsets.size());
    if (seq == 0 || seq != expected || frame[8] == 0)
        return problem(QStringLiteral("a record's seq %1 does not follow the one before (%2)").arg(seq).arg(expected));
    if (at > qint64(std::numeric_limits<quint32>::max()))
        return problem(QStringLiteral("the segment is larger than 4 GiB"));
    if (scan.offsets.isEmpty())
        scan.firstSeq = seq;
    if (RecordKind(frame[8]) == RecordKind::Gap)
        scan.gapIndexes.append(quint32(scan.offsets.size()));
    scan.offsets.append(quint32(at));
    return kFrameBytes + length;
}

}  // namespace

QString segmentFileName(quint64 number)
{
    return QStringLiteral("%1").arg(number, kNumberDigits, 10, QLatin1Char('0')) + kSegmentSuffix;
}

std::optional<quint64> segmentNumber(const QString &fileName)
{
    if (fileName.size() != kNumberDigits + kSegmentSuffix.size() || !fileName.endsWith(kSegmentSuffix))
        return std::nullopt;
    const QStringView digits = QStringView(fileName).left(kNumberDigits);
    for (QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    bool ok = false;
    const quint64 number = digits.toULongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

qint64 segmentHeaderBytes(const QString &bootId)
{
    return kFixedHeaderBytes + bootId.toUtf8().size();
}

void encodeRecord(QByteArray &out, RecordKind kind, quint64 seq, qint64 createdMs, const QByteArray &payload)
{
    const qsizetype start = out.size();
    const auto length = quint32(kFieldBytes + payload.size());
    appendLittleEndian<quint32>(out, length);
    appendLittleEndian<quint32>(out, 0);  // the CRC, filled in below
    out.append(char(kind));
    appendLittleEndian<quint64>(out, seq);
    appendLittleEndian<qint64>(out, createdMs);
    out.append(payload);
    char *frame = out.data() + start;
    qToLittleEndian(frameChecksum(frame, length), frame + 4);
}

SegmentScan scanSegment(const QString &path, QString *error)
{
    SegmentScan scan;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return scan;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return scan;
    }
    scan.fileBytes = data.size();
    scanHeader(data, scan);
    if (scan.status != SegmentScan::Status::Valid)
        return scan;
    while (scan.validBytes < data.size()) {
        const qint64 recordBytes = scanRecord(data, scan);
        if (recordBytes == 0)
            break;
        scan.validBytes += recordBytes;
    }
    return scan;
}

bool readSegmentRecords(const QString &path, const QString &bootId, const QList<quint32> &offsets,
                        qsizetype from, qsizetype to, qint64 end, QList<OutboxRecord> &out, QString *error)
{
    if (from >= to)
        return true;
    const qint64 begin = offsets[from];
    const qint64 stop = to < offsets.size() ? qint64(offsets[to]) : end;
    const posix::FileDescriptor fd = posix::openFile(path, O_RDONLY, error);
    QByteArray bytes(stop - begin, Qt::Uninitialized);
    if (!fd.isValid() || !posix::readAt(fd, path, bytes.data(), bytes.size(), begin, error))
        return false;
    for (qsizetype i = from; i < to; ++i) {
        const qint64 at = offsets[i] - begin;
        const qint64 size = (i + 1 < to ? qint64(offsets[i + 1]) : stop) - begin - at;
        const char *frame = bytes.constData() + at;
        const quint32 length = readLittleEndian<quint32>(frame);
        if (length != size - kFrameBytes || frameChecksum(frame, length) != readLittleEndian<quint32>(frame + 4)) {
            qCWarning(lcOutbox, "%s: the record at byte %lld changed on disk since it was checked; it is not sent",
                      qPrintable(path), qint64(offsets[i]));
            continue;
        }
        out.append(OutboxRecord{bootId, readLittleEndian<quint64>(frame + 9), RecordKind(quint8(frame[8])),
                                readLittleEndian<qint64>(frame + 17),
                                QByteArray(frame + kRecordOverheadBytes, length - kFieldBytes)});
    }
    return true;
}

SegmentWriter::SegmentWriter(QString path, posix::FileDescriptor fd, qint64 size)
    : m_path(std::move(path))
    , m_fd(std::move(fd))
    , m_size(size)
{
}

std::unique_ptr<SegmentWriter> SegmentWriter::create(const QString &path, const QString &bootId, QString *error)
{
    posix::FileDescriptor fd = posix::openFile(path, O_WRONLY | O_CREAT | O_EXCL, error);
    if (!fd.isValid())
        return nullptr;
    const QByteArray header = encodeHeader(bootId);
    if (!posix::writeAt(fd, path, header.constData(), header.size(), 0, error)) {
        fd.reset();
        posix::removeFile(path, nullptr);
        return nullptr;
    }
    return std::unique_ptr<SegmentWriter>(new SegmentWriter(path, std::move(fd), header.size()));
}

bool SegmentWriter::append(const QByteArray &records, QString *error)
{
    if (posix::writeAt(m_fd, m_path, records.constData(), records.size(), m_size, error)) {
        m_size += records.size();
        m_unsynced = true;
        return true;
    }
    // The part that did reach the file would be a torn record in front of the next one.
    if (!posix::truncateFile(m_fd, m_path, m_size, nullptr))
        m_broken = true;
    return false;
}

bool SegmentWriter::sync(QString *error)
{
    if (!posix::syncData(m_fd, m_path, error))
        return false;
    m_unsynced = false;
    return true;
}

}  // namespace mirrorstage::reflector
