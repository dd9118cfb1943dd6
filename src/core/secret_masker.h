#pragma once
// Masks what must never leave the console in a prompt to an AI provider: IPv4/IPv6 and MAC
// addresses, e-mail addresses, bearer tokens and API keys, passwords in URLs, KEY=value
// assignments of secret-looking keys, private key blocks, JWTs and cloud access keys.
//
// Masking is reversible per masker: every distinct value gets one placeholder (@@IPV4_1@@,
// @@EMAIL_2@@ ...), the same value always the same one, so a provider can still reason about
// "the same address twice" and the answer can be unmasked for the operator, who sees real values.

#include <QHash>
#include <QString>
#include <QStringList>

namespace mirrorstage::core {

class SecretMasker {
public:
    // Returns `text` with every secret replaced by its placeholder.
    QString mask(const QString &text);
    // Puts the real values back into a text that holds this masker's placeholders.
    QString unmask(const QString &text) const;

    // How many distinct values were masked, and their kinds ("ipv4", "email", "jwt" ...).
    int maskedCount() const { return int(m_valueByPlaceholder.size()); }
    QStringList kindsFound() const;

private:
    QString placeholderFor(const QString &kind, const QString &value);

    QHash<QString, QString> m_placeholderByValue;
    QHash<QString, QString> m_valueByPlaceholder;
    QHash<QString, int> m_countByKind;
};

}  // namespace mirrorstage::core
