// The real actions run with Next's request replaced by the caller under test.
import "../support/mock-next";
import { describeFuzzShard } from "./fuzz-actions";

// Half of the actions; the other file takes the rest, so both cores work.
await describeFuzzShard(0, 2);
