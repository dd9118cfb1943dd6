#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for tests of HTTP clients: it records every request
// (method, path, headers, body) and answers from a script — a queue of responses, each with a
// status, headers, a body, an optional delay, or no answer at all — or from a responder function
// that sees the request. Every answer closes the connection, so each request is one connection.

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

struct RecordedRequest {
    QByteArray method;
    QByteArray path;  // with the query
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    qint64 receivedMs = 0;  // since the server started

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct ScriptedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool never = false;  // keep the connection open and never answer

    static ScriptedResponse json(int status, const QByteArray &body,
                                 QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        ScriptedResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return response;
    }
    static ScriptedResponse hang()
    {
        ScriptedResponse response;
        response.never = true;
        return response;
    }
};

class LoopbackHttpServer {
public:
    using Responder = std::function<ScriptedResponse(const RecordedRequest &)>;

    LoopbackHttpServer()
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    // Answers in order; when the queue is empty, the responder answers (or a 500 that says so).
    void enqueue(const ScriptedResponse &response) { m_script.append(response); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    QList<RecordedRequest> requests;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        request.receivedMs = m_clock.elapsed();
        m_buffers.remove(socket);
        requests.append(request);

        ScriptedResponse response;
        if (!m_script.isEmpty())
            response = m_script.takeFirst();
        else if (m_responder)
            response = m_responder(request);
        else
            response = ScriptedResponse::json(500, R"({"error":{"message":"no scripted response left"}})");
        if (response.never)
            return;
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, socket, [guarded, response] {
            if (guarded)
                answer(guarded, response);
        });
    }

    static void answer(QTcpSocket *socket, const ScriptedResponse &response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
        for (const auto &header : response.headers)
            head += header.first + ": " + header.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + response.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<ScriptedResponse> m_script;
    Responder m_responder;
};
