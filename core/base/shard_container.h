#pragma once
// The container every kind of shard shares (simulate --draw-range, rank --sensitivity --draw-range): a magic
// line naming the kind, the length of a JSON header, the header, then a binary body of length-prefixed arrays.
// The header holds a SHA-256 checksum of itself (without the checksum) and the body, so an edited value or
// seed no longer matches. Nothing read here is trusted: lengths are checked before anything is copied.
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace workrights {

/// Receives one problem found in a shard, in words.
using ShardProblem = std::function<void(const std::string&)>;

/// Appends an array to a shard's body: its length (64 bits), then its raw values.
template <typename T>
void AppendShardArray(std::string& out, const std::vector<T>& v) {
  uint64_t n = v.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

/// Reads one array of a shard's body at `pos`; false when the body is too short for the length it gives.
template <typename T>
bool ReadShardArray(std::string_view in, size_t& pos, std::vector<T>& v) {
  uint64_t n = 0;
  if (pos + sizeof n > in.size()) return false;
  std::memcpy(&n, in.data() + pos, sizeof n);
  pos += sizeof n;
  if (n > (in.size() - pos) / sizeof(T)) return false;
  v.resize(n);
  if (n > 0) std::memcpy(v.data(), in.data() + pos, n * sizeof(T));  // an empty vector's data() may be null
  pos += n * sizeof(T);
  return true;
}

/// SHA-256 of the header (keys sorted, without "checksum") and the body.
std::string ShardChecksum(nlohmann::json header, std::string_view body);

/// magic, header length, header with its checksum set, body.
std::string AssembleShard(std::string_view magic, nlohmann::json header, std::string_view body);

/// The header's JSON and where the body starts, for bytes that begin with a magic of `magic_size` bytes; or
/// nothing (and `problem` told why).
std::optional<std::pair<nlohmann::json, size_t>> SplitShard(const std::string& in, size_t magic_size,
                                                            const ShardProblem& problem);

/// Recomputes the checksum of a shard's bytes after they were changed (tests and fuzzers reach the checks
/// behind it this way). Returns the bytes unchanged when they do not hold a readable header.
std::string ResealShardBytes(const std::string& bytes, std::string_view magic);

/// Reads a shard header's fields, each checked for its type and range; every bad field is told to `problem`.
class ShardHeaderReader {
 public:
  ShardHeaderReader(const nlohmann::json& j, ShardProblem problem) : j_(j), problem_(std::move(problem)) {}
  bool ok() const { return ok_; }

  std::string Text(const char* key);
  uint64_t Count(const char* key, uint64_t max);
  double Number(const char* key, double min, double max);
  void Require(bool condition, const std::string& why);

 private:
  void Bad(const char* key, const std::string& what);
  void Fail(const std::string& why);
  const nlohmann::json& j_;
  ShardProblem problem_;
  bool ok_ = true;
};

}  // namespace workrights
