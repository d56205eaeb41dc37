//! `Kbaquestion`, from `apis/mfa-configuration/schemas/kbaquestion.yaml`.

/// KBA Configuration
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Kbaquestion {
    /// KBA Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// KBA Question description
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub text: String,
    /// Denotes whether the KBA question has an answer configured for any user in the tenant
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasAnswer")]
    pub has_answer: bool,
    /// Denotes the number of KBA configurations for this question
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "numAnswers")]
    pub num_answers: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Kbaquestion {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        has_answer: bool,
        num_answers: i32,
    ) -> Self {
        Kbaquestion {
            id: id.into(),
            text: text.into(),
            has_answer,
            num_answers,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Kbaquestion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Kbaquestion {
    const NAME: &'static str = "Kbaquestion";

    #[inline]
    fn empty() -> Self {
        Kbaquestion {
            id: Default::default(),
            text: Default::default(),
            has_answer: Default::default(),
            num_answers: Default::default(),
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
            "text" => self.text = map.next_value_seed(crate::lenient::Text)?,
            "hasAnswer" => self.has_answer = map.next_value_seed(crate::lenient::Flag)?,
            "numAnswers" => {
                self.num_answers = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
