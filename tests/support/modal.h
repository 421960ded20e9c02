#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

namespace godwit::test {

/*! Runs handle on the next modal dialog of type Dialog once it is shown, as a user would
    answer it; the timer belongs to owner. */
template<typename Dialog>
void whenModal(QObject *owner, std::function<void(Dialog *)> handle)
{
    auto *timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, handle] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            handle(dialog);
        }
    });
    timer->start(20);
}

} // namespace godwit::test
