#include "demo/demoworld.h"

#include "demo/demotime.h"

DemoWorld::DemoWorld(Database &database, quint32 seedValue, int accountCount)
    : db(database), seed(seedValue), size(accountCount), anchor(DemoTime::anchorFor(seedValue)),
      companies(seedValue)
{ }
