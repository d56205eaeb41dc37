//! `Record`, from `openapi.yaml#/components/schemas/Record`.

use crate::models::Owner;

/// A record whose examples contradict its schema, as SailPoint's often do.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Record {
    /// An array whose example is a lone item.
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// One owner declared; the example is a list of them.
    ///
    /// The spec declares one item here, but its example is a list, so this is a list; a lone item is read as a list of one.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::lenient::one_as_item_option"
    )]
    pub messages: Option<Vec<Owner>>,
    /// An int32 whose example does not fit 32 bits.
    ///
    /// The spec declares a 32-bit integer, but its example does not fit in 32 bits, so this is 64-bit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<i64>,
    /// An untyped object whose example is a string.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
    /// A string whose example is an object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A date-time whose example is at hour 42.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Record {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Record {
    const NAME: &'static str = "Record";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "tags" => {
                self.tags = map.next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "messages" => {
                self.messages = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "hash" => self.hash = map.next_value()?,
            "details" => self.details = map.next_value()?,
            "label" => self.label = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
