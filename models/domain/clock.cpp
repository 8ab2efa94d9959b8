#include "domain/clock.h"
