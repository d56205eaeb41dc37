//! `Nonemployeerejectapprovaldecision`, from `apis/non-employee-lifecycle-management/schemas/nonemployeerejectapprovaldecision.yaml`.

/// `Nonemployeerejectapprovaldecision` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeerejectapprovaldecision {
    /// Comment on the approval item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeerejectapprovaldecision {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(comment: impl Into<String>) -> Self {
        Nonemployeerejectapprovaldecision {
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeerejectapprovaldecision {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeerejectapprovaldecision {
    const NAME: &'static str = "Nonemployeerejectapprovaldecision";

    #[inline]
    fn empty() -> Self {
        Nonemployeerejectapprovaldecision {
            comment: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
