#pragma once
// What tokens cost: USD per million input and output tokens, per provider and model, from a JSON
// price file (resources/ai/prices.json is built in; it holds estimates of list prices that the
// operator may edit or replace):
//
//   { "currency": "USD",
//     "prices": [ { "provider": "openai", "model": "gpt-4.1-mini",
//                   "input_per_million": 0.40, "output_per_million": 1.60 }, ... ] }
//
// A model matches its own entry, else the longest entry that it extends with "-..."
// (claude-sonnet-4-5-20250929 takes claude-sonnet-4-5's price), else the provider's "*" entry.
// A model without a price has no cost (nothing), never a guessed one.

#include "remediation.h"

#include <QCoreApplication>
#include <optional>

namespace mirrorstage::ai {

struct ModelPrice {
    QString provider;
    QString model;  // or "*"
    double inputPerMillion = 0;
    double outputPerMillion = 0;
};

class UsagePrices {
    Q_DECLARE_TR_FUNCTIONS(UsagePrices)
public:
    static QString builtInPath();  // the Qt resource with resources/ai/prices.json
    static UsagePrices builtIn();
    static std::optional<UsagePrices> parse(const QByteArray &json, QString *error);
    static std::optional<UsagePrices> load(const QString &path, QString *error);

    std::optional<ModelPrice> priceFor(const QString &provider, const QString &model) const;
    // USD for these tokens; nothing when the model has no price.
    std::optional<double> costUsd(const TokenUsage &usage) const;
    const QList<ModelPrice> &prices() const { return m_prices; }

private:
    QList<ModelPrice> m_prices;
};

}  // namespace mirrorstage::ai
