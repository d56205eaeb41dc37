//! `Sourceclassificationstatus2Counts`, from `apis/classify-source/schemas/sourceclassificationstatus.yaml#/allOf/0/properties/counts`.

/// A map containing numbers relevant to the source classification process
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceclassificationstatus2Counts {
    /// total number of source accounts
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "EXPECTED")]
    pub expected: i64,
    /// number of accounts that have been sent for processing (should be the same as expected when all accounts are collected)
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "RECEIVED")]
    pub received: i64,
    /// number of accounts that have been classified
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "COMPLETED")]
    pub completed: i64,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceclassificationstatus2Counts {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(expected: i64, received: i64, completed: i64) -> Self {
        Sourceclassificationstatus2Counts {
            expected,
            received,
            completed,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourceclassificationstatus2Counts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceclassificationstatus2Counts {
    const NAME: &'static str = "Sourceclassificationstatus2Counts";

    #[inline]
    fn empty() -> Self {
        Sourceclassificationstatus2Counts {
            expected: Default::default(),
            received: Default::default(),
            completed: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "EXPECTED" => {
                self.expected = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "RECEIVED" => {
                self.received = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "COMPLETED" => {
                self.completed = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
