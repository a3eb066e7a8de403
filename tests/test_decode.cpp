// Capture reading, decoding and flows: counts against tshark on real captures, the
// byte -> field map, and bad input.
#include <pcap/pcap.h>

#include <random>

#include <QTemporaryDir>
#include <QtTest>

#include <map>

#include "test_support.h"
#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/decode.h"
#include "whyflow/flow.h"

using namespace whyflow;

namespace {

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// A classic pcap file header (little-endian, microseconds) with the given link type.
QByteArray pcapHeader(uint32_t linkType) {
    QByteArray h;
    auto w32 = [&h](uint32_t v) { h.append(reinterpret_cast<const char*>(&v), 4); };
    auto w16 = [&h](uint16_t v) { h.append(reinterpret_cast<const char*>(&v), 2); };
    w32(0xa1b2c3d4);
    w16(2);
    w16(4);
    w32(0);
    w32(0);
    w32(65535);
    w32(linkType);
    return h;
}

QByteArray pcapRecord(const QByteArray& frame, uint32_t seconds = 1700000000) {
    QByteArray r;
    auto w32 = [&r](uint32_t v) { r.append(reinterpret_cast<const char*>(&v), 4); };
    w32(seconds);
    w32(0);
    w32(static_cast<uint32_t>(frame.size()));
    w32(static_cast<uint32_t>(frame.size()));
    return r + frame;
}

// Ethernet + IPv4 + TCP SYN with MSS, SACK-permitted, timestamps, NOP and window scale.
QByteArray synFrame() {
    return QByteArray::fromHex(
        "020000000002" "020000000001" "0800"                       // Ethernet
        "4500003c1c4640004006b1e6c0000201c6336401"                 // IPv4, TTL 64
        "d43100506e1c0c5b00000000a002faf0fe300000"                 // TCP 54321 -> 80, SYN
        "020405b40402080a0001e2400000000001030307");               // options
}

// A classic pcap file of any flavour: byte order, time stamp resolution, version, snapshot
// length and link type; records given as (seconds, fraction, caplen, wire length, bytes).
struct PcapRecord {
    uint32_t seconds = 1700000000;
    uint32_t fraction = 0;  // microseconds, or nanoseconds in a nanosecond file
    uint32_t caplen = 0;
    uint32_t wireLength = 0;
    QByteArray bytes;       // what follows the record header (may differ from caplen: damage)
};

QByteArray pcapFile(const std::vector<PcapRecord>& records, bool bigEndian, bool nano, uint32_t snaplen = 65535,
                    uint32_t linkType = 1, uint16_t minor = 4) {
    QByteArray out;
    auto w = [&out, bigEndian](uint32_t v, int size) {
        for (int i = 0; i < size; ++i) {
            const int shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
            out.append(static_cast<char>((v >> shift) & 0xff));
        }
    };
    w(nano ? 0xa1b23c4d : 0xa1b2c3d4, 4);
    w(2, 2);
    w(minor, 2);
    w(0, 4);
    w(0, 4);
    w(snaplen, 4);
    w(linkType, 4);
    for (const PcapRecord& r : records) {
        w(r.seconds, 4);
        w(r.fraction, 4);
        w(r.caplen, 4);
        w(r.wireLength, 4);
        out += r.bytes;
    }
    return out;
}

PcapRecord record(const QByteArray& frame, uint32_t seconds, uint32_t fraction) {
    return {seconds, fraction, static_cast<uint32_t>(frame.size()), static_cast<uint32_t>(frame.size()) + 4, frame};
}

// The same file as pcapng: a section header, one Ethernet interface (microseconds), and an
// enhanced packet block per frame.
QByteArray pcapngFile(const std::vector<QByteArray>& frames) {
    QByteArray out;
    auto w32 = [&out](uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
    auto w16 = [&out](uint16_t v) { out.append(reinterpret_cast<const char*>(&v), 2); };
    w32(0x0a0d0d0a); w32(28); w32(0x1a2b3c4d); w16(1); w16(0); w32(0xffffffff); w32(0xffffffff); w32(28);
    w32(1); w32(20); w16(1); w16(0); w32(65535); w32(20);
    uint64_t usec = 1700000000ull * 1000000;
    for (const QByteArray& f : frames) {
        const uint32_t padded = (static_cast<uint32_t>(f.size()) + 3) / 4 * 4;
        w32(6); w32(32 + padded); w32(0);
        w32(static_cast<uint32_t>(usec >> 32)); w32(static_cast<uint32_t>(usec));
        w32(static_cast<uint32_t>(f.size())); w32(static_cast<uint32_t>(f.size()));
        out += f;
        out += QByteArray(static_cast<int>(padded - f.size()), '\0');
        w32(32 + padded);
        usec += 1500;
    }
    return out;
}

// Every packet of a file as the Reader gives it and as libpcap itself does, side by side.
struct ReadOut {
    struct Packet {
        uint32_t caplen, wireLength;
        double timestamp;
        QByteArray bytes;
        int64_t offset;
    };
    std::vector<Packet> packets;
    std::string problem;
};

// The same packets, field by field (a failure is reported and ends the comparison).
void comparePackets(const ReadOut& ours, const ReadOut& ref) {
    QCOMPARE(ours.packets.size(), ref.packets.size());
    for (size_t i = 0; i < ref.packets.size(); ++i) {
        QCOMPARE(ours.packets[i].caplen, ref.packets[i].caplen);
        QCOMPARE(ours.packets[i].wireLength, ref.packets[i].wireLength);
        QCOMPARE(ours.packets[i].timestamp, ref.packets[i].timestamp);
        QCOMPARE(ours.packets[i].bytes, ref.packets[i].bytes);
    }
}

ReadOut readWithReader(const QString& path, bool* direct = nullptr) {
    ReadOut r;
    capture::Reader reader(path.toStdString());
    if (direct) *direct = reader.directRead();
    capture::RawPacket raw;
    while (reader.next(raw))
        r.packets.push_back({raw.caplen, raw.wireLength, raw.timestamp,
                             QByteArray(reinterpret_cast<const char*>(raw.data), static_cast<int>(raw.caplen)), raw.fileOffset});
    r.problem = reader.problem();
    return r;
}

ReadOut readWithLibpcap(const QString& path) {
    ReadOut r;
    char err[PCAP_ERRBUF_SIZE] = {0};
    pcap_t* p = pcap_open_offline_with_tstamp_precision(path.toLocal8Bit().constData(), PCAP_TSTAMP_PRECISION_NANO, err);
    if (!p) {
        r.problem = err;
        return r;
    }
    pcap_pkthdr* h = nullptr;
    const u_char* d = nullptr;
    int rc = 0;
    while ((rc = pcap_next_ex(p, &h, &d)) == 1)
        r.packets.push_back({h->caplen, h->len, static_cast<double>(h->ts.tv_sec) + h->ts.tv_usec * 1e-9,
                             QByteArray(reinterpret_cast<const char*>(d), static_cast<int>(h->caplen)), -1});
    if (rc == PCAP_ERROR) r.problem = pcap_geterr(p);
    pcap_close(p);
    return r;
}

void checkCoverage(const decode::DecodedPacket& pkt, uint32_t caplen) {
    uint32_t next = 0;
    for (const FieldSpan& s : pkt.spans) {
        QCOMPARE(s.offset, next);
        QVERIFY(s.length > 0);
        next = s.offset + s.length;
    }
    QCOMPARE(next, caplen);
}

}  // namespace

class TestDecode : public QObject {
    Q_OBJECT
private slots:
    void countsMatchTshark_data();
    void countsMatchTshark();
    void synFieldsSitWhereWiresharkPutsThem();
    void ipv6FirstWordValuesAsWiresharkShowsThem();
    void everyByteHasAField();
    void brokenHeadersAreMarkedMalformed();
    void notACaptureIsRefusedWithItsName();
    void truncatedCaptureKeepsPacketsBeforeTheDamage();
    void unknownLinkTypeIsRefused();
    void clientIsTheFirstSender();
    void finThenSynStartsANewFlow();
    void idleTimeoutSplitsFlows();
    void tunnelsKeyFlowsByTheInnermostPacket_data();
    void tunnelsKeyFlowsByTheInnermostPacket();
    void fragmentsJoinTheirFlow();
    void brokenGtpExtensionLeavesNoHole();
    void linkStubsAreFollowed();
    void readerMatchesLibpcap_data();
    void readerMatchesLibpcap();
    void readAtRereadsAnyPacket();
    void readerMatchesLibpcapOnDamagedFiles();
};

// Random damage to the record headers and lengths of a small capture: the reader and libpcap
// must still agree on every packet and on where and why the file ends.
void TestDecode::readerMatchesLibpcapOnDamagedFiles() {
    QFile src(test::demoCapture());
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray demo = src.read(24 + 40 * 1600);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.pcap"));
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        QByteArray file = demo.left(24 + static_cast<int>(rng() % (demo.size() - 24)));
        for (int k = 1 + static_cast<int>(rng() % 3); k > 0; --k) {
            const int at = 24 + static_cast<int>(rng() % (file.size() - 24 + 1));
            if (at >= file.size()) continue;
            switch (rng() % 3) {
            case 0: file[at] = static_cast<char>(rng()); break;                 // any byte
            case 1: file[at] = static_cast<char>(file[at] ^ (1 << (rng() % 8))); break;  // one bit
            default: file.truncate(at); break;                                  // cut
            }
        }
        if (rng() % 4 == 0) {  // the same in big-endian order: swap every 32-bit word of the headers
            file[0] = static_cast<char>(0xa1); file[1] = static_cast<char>(0xb2); file[2] = static_cast<char>(0xc3); file[3] = static_cast<char>(0xd4);
            std::swap(file.data()[4], file.data()[5]);
            std::swap(file.data()[6], file.data()[7]);
            for (int w = 8; w + 4 <= 24; w += 4) {
                std::swap(file.data()[w], file.data()[w + 3]);
                std::swap(file.data()[w + 1], file.data()[w + 2]);
            }
        }
        writeFile(path, file);
        bool direct = false;
        const ReadOut ours = readWithReader(path, &direct);
        const ReadOut ref = readWithLibpcap(path);
        QVERIFY(direct);
        comparePackets(ours, ref);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(QString::fromStdString(ours.problem).endsWith(QString::fromStdString(ref.problem)), ours.problem.c_str());
        QCOMPARE(ours.problem.empty(), ref.problem.empty());
    }
}

// Classic pcap files are parsed by the reader, pcapng and unusual files by libpcap: both
// must give exactly what libpcap gives (records, lengths, time stamps, where and why a
// damaged file ends), whatever the byte order, time stamp resolution or damage.
void TestDecode::readerMatchesLibpcap_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("direct");  // records parsed by the reader, not by libpcap
    QTest::addColumn<QString>("problem");  // part of the message where the read ends early
    const QByteArray syn = synFrame();
    QByteArray ack = synFrame();
    ack[47] = 0x10;
    const QByteArray arp = QByteArray::fromHex("ffffffffffff0200000000010806") + QByteArray(28, '\1');
    std::vector<PcapRecord> good = {record(syn, 1700000000, 1), record(ack, 1700000000, 999999), record(arp, 1700000001, 0),
                                    record(syn.left(20), 1700000002, 250000)};
    good[3].wireLength = static_cast<uint32_t>(syn.size());  // cut by a snapshot length
    std::vector<PcapRecord> nanoRecords = good;
    for (PcapRecord& r : nanoRecords) r.fraction = r.fraction * 1000 + 123;
    QTest::newRow("little-endian, microseconds") << pcapFile(good, false, false) << true << QString();
    QTest::newRow("big-endian, microseconds") << pcapFile(good, true, false) << true << QString();
    QTest::newRow("little-endian, nanoseconds") << pcapFile(nanoRecords, false, true) << true << QString();
    QTest::newRow("big-endian, nanoseconds") << pcapFile(nanoRecords, true, true) << true << QString();
    QTest::newRow("no packets") << pcapFile({}, false, false) << true << QString();
    const QByteArray whole = pcapFile(good, false, false);
    const int lastRecord = whole.size() - 16 - good[3].bytes.size();
    QTest::newRow("cut in a record header") << whole.left(lastRecord + 9) << true << QStringLiteral("header bytes");
    QTest::newRow("cut in a packet") << whole.left(whole.size() - 5) << true << QStringLiteral("captured bytes");
    QTest::newRow("cut right after a record header") << whole.left(lastRecord + 16) << true << QStringLiteral("captured bytes");
    std::vector<PcapRecord> huge = good;
    huge[1].caplen = 300000;  // above libpcap's 262144: damage
    QTest::newRow("caplen above the maximum") << pcapFile(huge, false, false) << true << QStringLiteral("invalid packet capture length");
    QTest::newRow("caplen above the maximum, big-endian") << pcapFile(huge, true, false) << true
                                                           << QStringLiteral("invalid packet capture length");
    huge[1].caplen = 0xffffffff;
    QTest::newRow("caplen of 2^32 - 1") << pcapFile(huge, false, false) << true << QStringLiteral("invalid packet capture length");
    // a record longer than the snapshot length is cut to it, and the next one still found
    QTest::newRow("caplen above the snapshot length") << pcapFile(good, false, false, 40) << true << QString();
    QTest::newRow("caplen above the snapshot length, cut in the kept part")
        << pcapFile(good, false, false, 40).left(24 + 16 + 30) << true << QStringLiteral("captured bytes");
    QTest::newRow("caplen above the snapshot length, cut in the skipped part")
        << pcapFile(good, false, false, 40).left(24 + 16 + 50) << true << QStringLiteral("captured bytes");
    QTest::newRow("snapshot length 0") << pcapFile(good, false, false, 0) << true << QString();
    std::vector<PcapRecord> odd = good;
    odd[0].caplen = odd[0].wireLength = 0;
    odd[0].bytes.clear();
    odd[1].seconds = 0xfffffff0;  // before 1970 as a signed 32-bit field
    odd[2].fraction = 0xffffffff;
    odd[3].wireLength = 3;        // shorter than what was captured
    QTest::newRow("empty packet, odd time stamps and lengths") << pcapFile(odd, false, false) << true << QString();
    std::vector<PcapRecord> raw;
    for (const PcapRecord& r : good)
        if (r.bytes.size() > 14) raw.push_back(record(r.bytes.mid(14), r.seconds, r.fraction));
    QTest::newRow("raw IP (link type 101)") << pcapFile(raw, false, false, 65535, 101) << true << QString();
    QTest::newRow("Linux cooked, big-endian") << pcapFile(good, true, false, 65535, 113) << true << QString();
    QTest::newRow("version 2.3: libpcap") << pcapFile(good, false, false, 65535, 1, 3) << false << QString();
    QTest::newRow("link type without a decoder: libpcap") << pcapFile(good, false, false, 65535, 147) << false << QString();
    const QByteArray ng = pcapngFile({syn, ack, arp});
    QTest::newRow("pcapng: libpcap") << ng << false << QString();
    QTest::newRow("pcapng cut in a block: libpcap") << ng.left(ng.size() - 10) << false << QStringLiteral("truncated");
}

void TestDecode::readerMatchesLibpcap() {
    QFETCH(QByteArray, file);
    QFETCH(bool, direct);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capture.pcap"));
    writeFile(path, file);
    bool directRead = false;
    const ReadOut ours = readWithReader(path, &directRead);
    const ReadOut ref = readWithLibpcap(path);
    QCOMPARE(directRead, direct);
    comparePackets(ours, ref);
    if (QTest::currentTestFailed()) return;
    if (problem.isEmpty()) {
        QVERIFY2(ours.problem.empty(), ours.problem.c_str());
        QVERIFY2(ref.problem.empty(), ref.problem.c_str());
    } else {
        QVERIFY2(QString::fromStdString(ref.problem).contains(problem), ref.problem.c_str());
        // libpcap's message, with "the file is truncated" in front where it is
        QVERIFY2(QString::fromStdString(ours.problem).endsWith(QString::fromStdString(ref.problem)), ours.problem.c_str());
        if (problem.contains(QStringLiteral("bytes")))
            QVERIFY2(QString::fromStdString(ours.problem).startsWith(QStringLiteral("the file is truncated")), ours.problem.c_str());
    }
    // and ingest keeps every packet before the damage
    if (direct) {
        const flow::CaptureData cap = flow::ingest(path.toStdString());
        QCOMPARE(cap.packets.size(), ref.packets.size());
        QCOMPARE(cap.problem, ours.problem);
    }
}

void TestDecode::readAtRereadsAnyPacket() {
    for (const bool big : {false, true}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.pcap"));
        std::vector<PcapRecord> records;
        QByteArray frame = synFrame();
        for (int i = 0; i < 50; ++i) {
            frame[18] = static_cast<char>(i);  // IP ID: every packet differs
            records.push_back(record(frame, 1700000000 + i, static_cast<uint32_t>(i)));
        }
        writeFile(path, pcapFile(records, big, false, 40));
        const ReadOut all = readWithReader(path);
        QCOMPARE(all.packets.size(), size_t{50});
        capture::Reader reader(path.toStdString());
        QVERIFY(reader.directRead());
        capture::RawPacket raw;
        for (int i : {37, 0, 49, 12, 12}) {
            QVERIFY(reader.readAt(all.packets[i].offset, raw));
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(raw.data), static_cast<int>(raw.caplen)), all.packets[i].bytes);
            QCOMPARE(raw.timestamp, all.packets[i].timestamp);
            QCOMPARE(raw.fileOffset, all.packets[i].offset);
        }
        // reading goes on after the packet read last
        QVERIFY(reader.next(raw));
        QCOMPARE(raw.fileOffset, all.packets[13].offset);
        QVERIFY(!reader.readAt(1 << 20, raw));  // past the end
        QVERIFY(!reader.readAt(3, raw));        // inside the file header
    }
}

// The confounded lab split is a tree of symbolic links; copied without link support they
// become small text files holding the relative target. Those are followed like links.
void TestDecode::linkStubsAreFollowed() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("train")));
    QVERIFY(QFile::copy(test::demoCapture(), dir.filePath(QStringLiteral("demo.pcap"))));
    writeFile(dir.filePath(QStringLiteral("train/web.pcap")), "../demo.pcap");
    const auto cap = flow::ingest(dir.filePath(QStringLiteral("train/web.pcap")).toStdString());
    QCOMPARE(cap.flows.size(), size_t{360});
    writeFile(dir.filePath(QStringLiteral("train/gone.pcap")), "../nowhere.pcap\n");
    QVERIFY_THROWS_EXCEPTION(capture::CaptureError, flow::ingest(dir.filePath(QStringLiteral("train/gone.pcap")).toStdString()));
}

void TestDecode::countsMatchTshark_data() {
    QTest::addColumn<QString>("file");
    // Ethernet with many TCP and UDP flows, pcapng, Linux cooked (KakaoTalk), Cisco HDLC
    // (BGP_redist), PPP (dlt_ppp), HDLC framing in a PPP capture (BGP_Cisco_hdlc_slarp), PPI
    // (someip_sd_sample), null/loopback (nats), raw IP (bjnp), IP fragments (dns_fragmented)
    for (const char* f : {"1kxun.pcap", "EAQ.pcap", "KakaoTalk_chat.pcap", "WebattackRCE.pcap", "ajp.pcap",
                          "alexa-app.pcapng", "ah.pcapng", "BGP_redist.pcap", "dlt_ppp.pcap", "BGP_Cisco_hdlc_slarp.pcap",
                          "someip_sd_sample.pcap", "nats.pcap", "bjnp.pcap", "dns_fragmented.pcap"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestDecode::countsMatchTshark() {
    WHYFLOW_REQUIRE_CORPUS();
    WHYFLOW_REQUIRE_TOOL("tshark");
    QFETCH(QString, file);
    const QString path = test::ndpiCapture(file);
    const QByteArray frames = test::run(QStringLiteral("tshark"), {QStringLiteral("-r"), path, QStringLiteral("-T"),
                                                                   QStringLiteral("fields"), QStringLiteral("-e"),
                                                                   QStringLiteral("frame.number")});
    const int tsharkPackets = frames.count('\n');
    const QByteArray conv = test::run(QStringLiteral("tshark"), {QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
                                                                 QStringLiteral("conv,tcp"), QStringLiteral("-z"), QStringLiteral("conv,udp")});
    const int tsharkFlows = conv.count("<->");
    QVERIFY(tsharkPackets > 0);
    // tshark's conversations know neither idle timeouts nor TCP port reuse: switch both off
    flow::IngestOptions opt;
    opt.idleTimeout = 1e12;
    flow::CaptureData cap = flow::ingest(path.toStdString(), opt);
    QCOMPARE(static_cast<int>(cap.packets.size()), tsharkPackets);
    int ours = 0;
    for (const auto& f : cap.flows) ours += (f.l4 == 6 || f.l4 == 17);
    QCOMPARE(ours, tsharkFlows);
}

void TestDecode::synFieldsSitWhereWiresharkPutsThem() {
    const QByteArray frame = synFrame();
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    dec.decode(reinterpret_cast<const uint8_t*>(frame.constData()), frame.size(), pkt);
    QVERIFY2(pkt.problem.empty(), pkt.problem.c_str());
    checkCoverage(pkt, frame.size());
    // offsets as tshark -T pdml gives them for this frame
    const std::pair<int, FieldId> expected[] = {
        {0, FieldId::EthDst}, {6, FieldId::EthSrc}, {12, FieldId::EthType}, {14, FieldId::IpVersion},
        {15, FieldId::IpDsfield}, {16, FieldId::IpLen}, {18, FieldId::IpId}, {20, FieldId::IpFlags},
        {22, FieldId::IpTtl}, {23, FieldId::IpProto}, {24, FieldId::IpChecksum}, {26, FieldId::IpSrc},
        {30, FieldId::IpDst}, {34, FieldId::TcpSrcPort}, {36, FieldId::TcpDstPort}, {38, FieldId::TcpSeq},
        {42, FieldId::TcpAck}, {46, FieldId::TcpHdrLen}, {47, FieldId::TcpFlags}, {48, FieldId::TcpWindow},
        {50, FieldId::TcpChecksum}, {52, FieldId::TcpUrgentPointer}, {54, FieldId::TcpOptMss},
        {58, FieldId::TcpOptSackPerm}, {60, FieldId::TcpOptTimestamp}, {70, FieldId::TcpOptNop},
        {71, FieldId::TcpOptWscale}};
    for (const auto& [offset, field] : expected)
        QVERIFY2(pkt.fieldAt(offset) == field,
                 qPrintable(QStringLiteral("byte %1 is %2").arg(offset).arg(QString::fromLatin1(fieldInfo(pkt.fieldAt(offset)).name.data()))));
    QCOMPARE(pkt.srcPort, uint16_t{54321});
    QCOMPARE(pkt.dstPort, uint16_t{80});
    QCOMPARE(pkt.ttl, uint8_t{64});
    QCOMPARE(pkt.tcpFlags, uint8_t{decode::kSyn});
    QCOMPARE(decode::infoText(pkt, reinterpret_cast<const uint8_t*>(frame.constData()), frame.size()),
             std::string("54321 → 80 [SYN] Seq=1847331931 Win=64240 Len=0"));
}

// IPv6's first word is version (4 bits), traffic class (8) and flow label (20), split over
// bytes the map gives to three fields: each value comes from its bits, not from its bytes.
// The bytes are packet 5 of the nDPI corpus's custom_rules_ipv6.pcapng, where tshark shows
// version 6, traffic class 0x00 and flow label 0xa240a (whyflow once showed 96, 0x0a, 0x240a).
void TestDecode::ipv6FirstWordValuesAsWiresharkShowsThem() {
    QByteArray frame = QByteArray::fromHex("600a240a00003b40");
    frame += QByteArray(32, '\x01');  // source and destination
    decode::Decoder dec(229);        // LINKTYPE_IPV6
    decode::DecodedPacket pkt;
    const auto* data = reinterpret_cast<const uint8_t*>(frame.constData());
    dec.decode(data, frame.size(), pkt);
    std::map<FieldId, std::string> values;
    for (const FieldSpan& span : pkt.spans) values[span.field] = decode::fieldValueText(span, data, frame.size(), 6);
    QCOMPARE(values[FieldId::Ipv6Version], std::string("6"));
    QCOMPARE(values[FieldId::Ipv6Tclass], std::string("0x00"));
    QCOMPARE(values[FieldId::Ipv6Flow], std::string("0xa240a"));
    // traffic class 0xb8 (DSCP EF), flow label 0xfffff
    frame.replace(0, 4, QByteArray::fromHex("6b8fffff"));
    data = reinterpret_cast<const uint8_t*>(frame.constData());
    dec.decode(data, frame.size(), pkt);
    for (const FieldSpan& span : pkt.spans) values[span.field] = decode::fieldValueText(span, data, frame.size(), 6);
    QCOMPARE(values[FieldId::Ipv6Version], std::string("6"));
    QCOMPARE(values[FieldId::Ipv6Tclass], std::string("0xb8"));
    QCOMPARE(values[FieldId::Ipv6Flow], std::string("0xfffff"));
}

void TestDecode::everyByteHasAField() {
    capture::Reader reader(test::demoCapture().toStdString());
    decode::Decoder dec(reader.linkType());
    decode::DecodedPacket pkt;
    capture::RawPacket raw;
    int n = 0;
    while (reader.next(raw)) {
        dec.decode(raw.data, raw.caplen, pkt);
        QVERIFY(pkt.problem.empty());
        checkCoverage(pkt, raw.caplen);
        ++n;
    }
    QVERIFY(n > 1000);
}

void TestDecode::brokenHeadersAreMarkedMalformed() {
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    // IHL of 3 (12 bytes): impossible
    QByteArray bad = synFrame();
    bad[14] = 0x43;
    dec.decode(reinterpret_cast<const uint8_t*>(bad.constData()), bad.size(), pkt);
    QVERIFY(!pkt.problem.empty());
    QCOMPARE(pkt.fieldAt(40), FieldId::Malformed);
    checkCoverage(pkt, bad.size());
    // TCP data offset of 60 bytes in a 40-byte header
    bad = synFrame();
    bad[46] = static_cast<char>(0xf0);
    dec.decode(reinterpret_cast<const uint8_t*>(bad.constData()), bad.size(), pkt);
    QVERIFY(!pkt.problem.empty());
    QCOMPARE(pkt.fieldAt(60), FieldId::Malformed);
    QCOMPARE(pkt.fieldAt(34), FieldId::TcpSrcPort);  // decoded as far as the bytes are valid
    // every prefix of the frame decodes without reading past its end
    const QByteArray full = synFrame();
    for (int len = 0; len <= full.size(); ++len) {
        QByteArray cut = full.left(len);
        dec.decode(reinterpret_cast<const uint8_t*>(cut.constData()), cut.size(), pkt);
        if (len > 0) checkCoverage(pkt, cut.size());
    }
}

void TestDecode::notACaptureIsRefusedWithItsName() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pcap"));
    writeFile(path, "this is a text file, not a capture\n");
    try {
        flow::ingest(path.toStdString());
        QFAIL("a text file was accepted as a capture");
    } catch (const capture::CaptureError& e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY2(msg.contains(path) && msg.contains(QStringLiteral("not a pcap")), qPrintable(msg));
    }
    try {
        flow::ingest(dir.path().toStdString());
        QFAIL("a folder was accepted as a capture");
    } catch (const capture::CaptureError& e) {
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("folder")));
    }
}

void TestDecode::truncatedCaptureKeepsPacketsBeforeTheDamage() {
    QFile src(test::demoCapture());
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray all = src.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.pcap"));
    writeFile(path, all.left(all.size() / 2 + 7));
    flow::CaptureData cap = flow::ingest(path.toStdString());
    QVERIFY2(QString::fromStdString(cap.problem).contains(QStringLiteral("truncated")), cap.problem.c_str());
    QVERIFY(cap.packets.size() > 1000);
    QVERIFY(!cap.flows.empty());
    // a file cut inside its header
    writeFile(path, all.left(10));
    QVERIFY_THROWS_EXCEPTION(capture::CaptureError, flow::ingest(path.toStdString()));
}

void TestDecode::unknownLinkTypeIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user0.pcap"));
    writeFile(path, pcapHeader(147) + pcapRecord(synFrame()));
    try {
        flow::ingest(path.toStdString());
        QFAIL("an unknown link type was accepted");
    } catch (const capture::CaptureError& e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY2(msg.contains(path) && msg.contains(QStringLiteral("unsupported link type")), qPrintable(msg));
    }
}

void TestDecode::clientIsTheFirstSender() {
    flow::CaptureData cap = flow::ingest(test::demoCapture().toStdString());
    QVERIFY(!cap.flows.empty());
    for (const flow::Flow& f : cap.flows) {
        QVERIFY(!f.visible.empty());
        QVERIFY(f.visible.front().fromClient);
        // the demo's servers listen on service ports, its clients on ephemeral ones
        QVERIFY2(f.server.port <= 8443, f.serverText().c_str());
        QVERIFY2(f.client.port >= 40000, f.clientText().c_str());
        QCOMPARE(f.packets, static_cast<uint64_t>(f.packetIndices.size()));
    }
}

void TestDecode::finThenSynStartsANewFlow() {
    // one TCP connection, closed, then a new SYN on the same 5-tuple
    QByteArray syn = synFrame();
    QByteArray fin = synFrame();
    fin[47] = 0x11;  // FIN, ACK
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reuse.pcap"));
    writeFile(path, pcapHeader(1) + pcapRecord(syn) + pcapRecord(fin) + pcapRecord(syn));
    flow::CaptureData cap = flow::ingest(path.toStdString());
    QCOMPARE(cap.flows.size(), size_t{2});
    QCOMPARE(cap.flows[0].packets, uint64_t{2});
    QCOMPARE(cap.flows[1].packets, uint64_t{1});
}

void TestDecode::idleTimeoutSplitsFlows() {
    QByteArray ack = synFrame();
    ack[47] = 0x10;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("idle.pcap"));
    // the same 5-tuple, silent for 200 s
    writeFile(path, pcapHeader(1) + pcapRecord(ack, 1700000000) + pcapRecord(ack, 1700000001) + pcapRecord(ack, 1700000201));
    QCOMPARE(flow::ingest(path.toStdString()).flows.size(), size_t{2});  // default: 120 s
    flow::IngestOptions opt;
    opt.idleTimeout = 300;
    QCOMPARE(flow::ingest(path.toStdString(), opt).flows.size(), size_t{1});
}

void TestDecode::tunnelsKeyFlowsByTheInnermostPacket_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("client");  // the inner flow's client and server
    QTest::addColumn<QString>("server");
    QTest::newRow("IPv4 in IPv4") << "4in4tunnel.pcap" << "10.10.100.25:62367" << "10.10.101.2:17000";
    QTest::newRow("IPv4 in IPv6") << "4in6tunnel.pcap" << "192.168.0.1:64455" << "10.10.10.1:443";
    QTest::newRow("IPv6 in IPv6") << "6in6tunnel.pcap" << "[dead::beef]:30000" << "[cafe::babe]:13000";
    QTest::newRow("VXLAN") << "vxlan.pcap" << "10.10.20.4:44437" << "8.8.8.8:53";
    QTest::newRow("GTP-U") << "ipv6_in_gtp.pcap" << "[2607:fc20:4052:39e:490a:ea4d:17fe:e09c]:49120"
                           << "[fd00:976a:bc67:193e::7]:25658";
}

void TestDecode::tunnelsKeyFlowsByTheInnermostPacket() {
    WHYFLOW_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, client);
    QFETCH(QString, server);
    flow::CaptureData cap = flow::ingest(test::ndpiCapture(file).toStdString());
    QVERIFY(!cap.flows.empty());
    const flow::Flow& f = cap.flows.front();
    QCOMPARE(QString::fromStdString(f.clientText()), client);
    QCOMPARE(QString::fromStdString(f.serverText()), server);
    // the outer headers are tunnel bytes, the inner IP header is not
    const flow::VisiblePacket& v = f.visible.front();
    int tunnelBytes = 0;
    for (const FieldSpan& s : v.spans()) {
        if (static_cast<int>(s.offset) < v.netOffset && groupOf(s.field) != FieldGroup::Link &&
            groupOf(s.field) != FieldGroup::Identity && s.field != FieldId::EthType)
            QVERIFY2(s.tunnel, fieldInfo(s.field).name.data());
        if (static_cast<int>(s.offset) >= v.netOffset) QVERIFY(!s.tunnel);
        if (s.tunnel) tunnelBytes += static_cast<int>(s.length);
    }
    QVERIFY(tunnelBytes >= 20);
    // the model never sees tunnel bytes: the tensor starts at the inner header
    dataset::Tensorizer t({8, 128}, dataset::FeaturePreset::full());
    const dataset::FlowTensor x = t.make(f);
    QCOMPARE(static_cast<int>(x.bytes[0] >> 4), static_cast<int>(f.ipVersion));
}

void TestDecode::fragmentsJoinTheirFlow() {
    WHYFLOW_REQUIRE_CORPUS();
    // DNS answers too big for one packet: the later fragments carry no UDP header
    flow::CaptureData cap = flow::ingest(test::ndpiCapture(QStringLiteral("dns_fragmented.pcap")).toStdString());
    int fragmentedFlows = 0;
    for (const flow::Flow& f : cap.flows) {
        QVERIFY2(f.client.port != 0 && f.server.port != 0, f.clientText().c_str());  // no flow of bare fragments
        fragmentedFlows += f.packets > 2;
    }
    QVERIFY(fragmentedFlows >= 5);
}

// Found by the fuzzer: a GTP-U header whose extension runs past the packet left its own
// bytes without a field (the field map had a hole between udp.checksum and the malformed rest).
void TestDecode::brokenGtpExtensionLeavesNoHole() {
    const QByteArray frame = QByteArray::fromHex(
        "30d17e108620fc48efe8a81a08004500011c6ea600003d1144ba9779b92c84bef40c086808680108000035ff00f841b13f5c"
        "450000f8fff7400032069a949779c1a0c0a893b101bbe48055da06cf42c6");
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    dec.decode(reinterpret_cast<const uint8_t*>(frame.constData()), frame.size(), pkt);
    QVERIFY2(QString::fromStdString(pkt.problem).contains(QStringLiteral("GTP-U")), pkt.problem.c_str());
    checkCoverage(pkt, frame.size());
    QCOMPARE(pkt.fieldAt(42), FieldId::Malformed);
    QCOMPARE(pkt.fieldAt(40), FieldId::UdpChecksum);
}

QTEST_GUILESS_MAIN(TestDecode)
#include "test_decode.moc"
