package ferrite

// #include "ferrite.h"
import "C"

import (
	"strconv"
	"strings"
)

// ReplyKind is the type of a Reply node.
type ReplyKind int

// The reply kinds.
const (
	// ReplyNil is Redis's nil.
	ReplyNil ReplyKind = C.FERRITE_REPLY_NIL
	// ReplyStatus is a status such as OK (in Bytes).
	ReplyStatus ReplyKind = C.FERRITE_REPLY_STATUS
	// ReplyInteger is an integer (in Integer).
	ReplyInteger ReplyKind = C.FERRITE_REPLY_INTEGER
	// ReplyBulk is a bulk string (in Bytes).
	ReplyBulk ReplyKind = C.FERRITE_REPLY_BULK
	// ReplyArray is an array (in Array).
	ReplyArray ReplyKind = C.FERRITE_REPLY_ARRAY
)

// Reply is a generic reply: what Redis would send. Execute and the <Name>With methods of
// commands whose reply shape depends on their options return one. The zero value is nil.
type Reply struct {
	Kind ReplyKind
	// Integer is the value of a ReplyInteger.
	Integer int64
	// Bytes is the text of a ReplyStatus or the data of a ReplyBulk.
	Bytes []byte
	// Array is the elements of a ReplyArray.
	Array []Reply
}

// IsNil reports whether the reply is nil.
func (r Reply) IsNil() bool {
	return r.Kind == ReplyNil
}

// Text returns Bytes as a string.
func (r Reply) Text() string {
	return string(r.Bytes)
}

// String renders the reply as redis-cli would, on one line: "OK", "(integer) 3", "\"v\"",
// "(nil)", and arrays as ["a", (integer) 1].
func (r Reply) String() string {
	var b strings.Builder
	r.write(&b)
	return b.String()
}

func (r Reply) write(b *strings.Builder) {
	switch r.Kind {
	case ReplyNil:
		b.WriteString("(nil)")
	case ReplyStatus:
		b.Write(r.Bytes)
	case ReplyInteger:
		b.WriteString("(integer) ")
		b.WriteString(strconv.FormatInt(r.Integer, 10))
	case ReplyBulk:
		b.WriteString(strconv.Quote(string(r.Bytes)))
	case ReplyArray:
		b.WriteByte('[')
		for i, e := range r.Array {
			if i > 0 {
				b.WriteString(", ")
			}
			e.write(b)
		}
		b.WriteByte(']')
	default:
		b.WriteString("(unknown)")
	}
}

// KeyType is the type of the value at a key (TYPE's reply).
type KeyType int

// The key types.
const (
	// TypeNone: the key does not exist.
	TypeNone KeyType = C.FERRITE_TYPE_NONE
	// TypeString is a string.
	TypeString KeyType = C.FERRITE_TYPE_STRING
	// TypeList is a list.
	TypeList KeyType = C.FERRITE_TYPE_LIST
	// TypeHash is a hash.
	TypeHash KeyType = C.FERRITE_TYPE_HASH
	// TypeSet is a set.
	TypeSet KeyType = C.FERRITE_TYPE_SET
	// TypeZSet is a sorted set.
	TypeZSet KeyType = C.FERRITE_TYPE_ZSET
	// TypeStream is a stream.
	TypeStream KeyType = C.FERRITE_TYPE_STREAM
)

// String returns the name TYPE replies with ("none", "string", "zset", ...).
func (t KeyType) String() string {
	switch t {
	case TypeNone:
		return "none"
	case TypeString:
		return "string"
	case TypeList:
		return "list"
	case TypeHash:
		return "hash"
	case TypeSet:
		return "set"
	case TypeZSet:
		return "zset"
	case TypeStream:
		return "stream"
	}
	return "unknown"
}

// ScoredMember is a sorted-set member with its score (the WITHSCORES replies).
type ScoredMember struct {
	Member []byte
	Score  float64
}
