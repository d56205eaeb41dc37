//! `AccountscollectedforaggregationStats`, from `apis/triggers/schemas/accountscollectedforaggregation.yaml#/properties/stats`.

/// Overall statistics about the account collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountscollectedforaggregationStats {
    /// The number of accounts which were scanned / iterated over.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub scanned: i32,
    /// The number of accounts which existed before, but had no changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub unchanged: i32,
    /// The number of accounts which existed before, but had changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub changed: i32,
    /// The number of accounts which are new - have not existed before.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub added: i32,
    /// The number accounts which existed before, but no longer exist (thus getting removed).
    ///
    /// A server's absent or `null` member reads as `0`.
    pub removed: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountscollectedforaggregationStats {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        scanned: i32,
        unchanged: i32,
        changed: i32,
        added: i32,
        removed: i32,
    ) -> Self {
        AccountscollectedforaggregationStats {
            scanned,
            unchanged,
            changed,
            added,
            removed,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountscollectedforaggregationStats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountscollectedforaggregationStats {
    const NAME: &'static str = "AccountscollectedforaggregationStats";

    #[inline]
    fn empty() -> Self {
        AccountscollectedforaggregationStats {
            scanned: Default::default(),
            unchanged: Default::default(),
            changed: Default::default(),
            added: Default::default(),
            removed: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "scanned" => {
                self.scanned = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "unchanged" => {
                self.unchanged = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "changed" => {
                self.changed = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "added" => {
                self.added = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "removed" => {
                self.removed = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
