//! `IntelIdentityAmbiguousCandidate`, from `apis/intelligence/schemas/intel-identity-ambiguous-candidate.yaml`.

/// One disambiguation hint when multiple identities matched the same filter.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelIdentityAmbiguousCandidate {
    /// Identity Security Cloud identifier for a matching candidate.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Human-facing label when available; omitted when empty upstream.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelIdentityAmbiguousCandidate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        IntelIdentityAmbiguousCandidate {
            id: id.into(),
            display_name: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelIdentityAmbiguousCandidate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelIdentityAmbiguousCandidate {
    const NAME: &'static str = "IntelIdentityAmbiguousCandidate";

    #[inline]
    fn empty() -> Self {
        IntelIdentityAmbiguousCandidate {
            id: Default::default(),
            display_name: None,
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
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
