package migrations

import "testing"

func TestNothing(t *testing.T) {}
