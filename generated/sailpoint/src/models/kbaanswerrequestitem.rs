//! `Kbaanswerrequestitem`, from `apis/mfa-configuration/schemas/kbaanswerrequestitem.yaml`.

/// `Kbaanswerrequestitem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Kbaanswerrequestitem {
    /// Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// An answer for the KBA question
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub answer: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Kbaanswerrequestitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, answer: impl Into<String>) -> Self {
        Kbaanswerrequestitem {
            id: id.into(),
            answer: answer.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Kbaanswerrequestitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Kbaanswerrequestitem {
    const NAME: &'static str = "Kbaanswerrequestitem";

    #[inline]
    fn empty() -> Self {
        Kbaanswerrequestitem {
            id: Default::default(),
            answer: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "answer" => self.answer = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
