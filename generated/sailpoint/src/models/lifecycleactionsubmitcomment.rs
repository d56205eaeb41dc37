//! `Lifecycleactionsubmitcomment`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionsubmitcomment.yaml`.

/// `Lifecycleactionsubmitcomment` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleactionsubmitcomment {
    /// Free-text comment submitted with the lifecycle action request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleactionsubmitcomment {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(comment: impl Into<String>) -> Self {
        Lifecycleactionsubmitcomment {
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleactionsubmitcomment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleactionsubmitcomment {
    const NAME: &'static str = "Lifecycleactionsubmitcomment";

    #[inline]
    fn empty() -> Self {
        Lifecycleactionsubmitcomment {
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
