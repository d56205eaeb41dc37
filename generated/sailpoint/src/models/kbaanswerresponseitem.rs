//! `Kbaanswerresponseitem`, from `apis/mfa-configuration/schemas/kbaanswerresponseitem.yaml`.

/// `Kbaanswerresponseitem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Kbaanswerresponseitem {
    /// Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Question description
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub question: String,
    /// Denotes whether the KBA question has an answer configured for the current user
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasAnswer")]
    pub has_answer: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Kbaanswerresponseitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        question: impl Into<String>,
        has_answer: bool,
    ) -> Self {
        Kbaanswerresponseitem {
            id: id.into(),
            question: question.into(),
            has_answer,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Kbaanswerresponseitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Kbaanswerresponseitem {
    const NAME: &'static str = "Kbaanswerresponseitem";

    #[inline]
    fn empty() -> Self {
        Kbaanswerresponseitem {
            id: Default::default(),
            question: Default::default(),
            has_answer: Default::default(),
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
            "question" => self.question = map.next_value_seed(crate::lenient::Text)?,
            "hasAnswer" => self.has_answer = map.next_value_seed(crate::lenient::Flag)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
