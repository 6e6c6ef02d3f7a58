#pragma once
// The country object rules receive as `c`: the methods c:fact, c:fact_or, c:known and c:score, and the fields
// iso3, name, group and as_of. Internal to core/rules/: its C functions reach the RuleRuntime through the
// sandbox's owner, and RuleRuntime::PushCountry refreshes its fields before each call.
#include "core/rules/lua_sandbox.h"

namespace workrights::runtime_internal {

/// Registry references to the country object and to its writable backing table.
struct CountryObjectRefs {
  int object = -1;
  int fields = -1;
};

/// stack: unchanged — creates the read-only country object with its methods.
CountryObjectRefs CreateCountryObject(LuaSandbox& sandbox);

}  // namespace workrights::runtime_internal
