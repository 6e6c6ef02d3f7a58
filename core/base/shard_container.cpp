#include "core/base/shard_container.h"

#include <cmath>

#include "core/base/sha256.h"

namespace workrights {
namespace {

constexpr uint64_t kMaxHeaderBytes = 1u << 20;

}  // namespace

std::string ShardChecksum(nlohmann::json header, std::string_view body) {
  header.erase("checksum");
  Sha256 sha;
  sha.Update(header.dump());
  sha.Update(body);
  return sha.HexDigest();
}

std::string AssembleShard(std::string_view magic, nlohmann::json header, std::string_view body) {
  header["checksum"] = ShardChecksum(header, body);
  std::string out(magic);
  std::string text = header.dump();
  uint64_t len = text.size();
  out.append(reinterpret_cast<const char*>(&len), sizeof len);
  return out.append(text).append(body);
}

std::optional<std::pair<nlohmann::json, size_t>> SplitShard(const std::string& in, size_t magic_size,
                                                            const ShardProblem& problem) {
  size_t pos = magic_size;
  uint64_t len = 0;
  if (pos + sizeof len > in.size()) {
    problem("the shard is truncated (its header is cut off)");
    return std::nullopt;
  }
  std::memcpy(&len, in.data() + pos, sizeof len);
  pos += sizeof len;
  if (len > kMaxHeaderBytes || len > in.size() - pos) {
    problem("the shard is truncated or damaged (its header length is " + std::to_string(len) + " bytes)");
    return std::nullopt;
  }
  nlohmann::json header = nlohmann::json::parse(in.substr(pos, len), nullptr, false);
  if (!header.is_object()) {
    problem("the shard's header is damaged (not a JSON object)");
    return std::nullopt;
  }
  return std::make_pair(std::move(header), pos + len);
}

std::string ResealShardBytes(const std::string& bytes, std::string_view magic) {
  if (bytes.compare(0, magic.size(), magic) != 0) return bytes;
  auto split = SplitShard(bytes, magic.size(), ShardProblem([](const std::string&) {}));
  if (!split) return bytes;
  return AssembleShard(magic, std::move(split->first), std::string_view(bytes).substr(split->second));
}

std::string ShardHeaderReader::Text(const char* key) {
  auto it = j_.find(key);
  if (it != j_.end() && it->is_string()) return it->get<std::string>();
  Bad(key, "a string");
  return {};
}

uint64_t ShardHeaderReader::Count(const char* key, uint64_t max) {
  auto it = j_.find(key);
  if (it != j_.end() && it->is_number_unsigned() && it->get<uint64_t>() <= max) return it->get<uint64_t>();
  Bad(key, "a whole number from 0 to " + std::to_string(max));
  return 0;
}

double ShardHeaderReader::Number(const char* key, double min, double max) {
  auto it = j_.find(key);
  if (it != j_.end() && it->is_number() && it->get<double>() >= min && it->get<double>() <= max) return it->get<double>();
  Bad(key, "a number from " + nlohmann::json(min).dump() + " to " + nlohmann::json(max).dump());
  return min;
}

void ShardHeaderReader::Require(bool condition, const std::string& why) {
  if (!condition) Fail("the shard's header is inconsistent: " + why);
}

void ShardHeaderReader::Bad(const char* key, const std::string& what) {
  auto it = j_.find(key);
  Fail("the shard's header field \"" + std::string(key) + "\" must be " + what +
       (it == j_.end() ? " (it is missing)" : " (it is " + it->dump() + ")"));
}

void ShardHeaderReader::Fail(const std::string& why) {
  ok_ = false;
  problem_(why);
}

}  // namespace workrights
