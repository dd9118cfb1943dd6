#pragma once
// Preferences: what an operator changes. Health thresholds, units and language apply at once;
// the listen address, TLS files and retention apply at the next start (the dialog says so).
// Everything is saved through QSettings, in the keys README.md lists.

#include "window_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace mirrorstage::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSettings &settings, const WindowSettings &current, QWidget *parent = nullptr);

    // Checks and saves; false (with the reason shown in the dialog) when something is not valid.
    bool save();
    WindowSettings windowSettings() const { return m_values; }
    QString errorText() const;

signals:
    void applied(const mirrorstage::app::WindowSettings &settings);

private:
    QWidget *agentsPage();
    QWidget *healthPage();
    QWidget *displayPage();

    QSettings &m_settings;
    WindowSettings m_values;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QDoubleSpinBox *m_rawDays = nullptr;
    QDoubleSpinBox *m_rollupDays = nullptr;
    QDoubleSpinBox *m_logDays = nullptr;
    struct ThresholdEditors {
        QDoubleSpinBox *warning = nullptr;
        QDoubleSpinBox *critical = nullptr;
    };
    QList<ThresholdEditors> m_thresholds;
    QDoubleSpinBox *m_staleIntervals = nullptr;
    QComboBox *m_bytes = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_temperature = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_racksFile = nullptr;
    QLabel *m_error = nullptr;
};

}  // namespace mirrorstage::app
