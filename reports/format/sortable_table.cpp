#include "reports/format/sortable_table.h"

#include <cstdio>

namespace workrights {

std::string SortKey(const std::optional<double>& value) {
  if (!value) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", *value);
  return buf;
}

// Plain ES5 so any browser runs it; no global names, nothing fetched.
static constexpr std::string_view kScript = R"js(<script>
(function () {
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells, body = table.tBodies[0];
    Array.prototype.forEach.call(heads, function (th, column) {
      var numeric = th.classList.contains('num'), button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var first = numeric ? 'descending' : 'ascending';
        var order = th.getAttribute('aria-sort') !== first ? first : (numeric ? 'ascending' : 'descending');
        var sign = order === 'ascending' ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-sort') || '', y = b.cells[column].getAttribute('data-sort') || '';
          if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
          return sign * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', order);
      });
    });
  });
})();
</script>
)js";

std::string_view SortableTableScript() { return kScript; }

}  // namespace workrights
