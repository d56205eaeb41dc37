//! `Sourcecreationerrors`, from `apis/multi-host-integration/schemas/sourcecreationerrors.yaml`.

/// `Sourcecreationerrors` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcecreationerrors {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "multihostId", skip_serializing_if = "Option::is_none")]
    pub multihost_id: Option<String>,
    /// Source's human-readable name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Source's human-readable description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_error: Option<String>,
    /// Date-time when the source was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the source was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// operation category (e.g. DELETE).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcecreationerrors {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourcecreationerrors {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcecreationerrors {
    const NAME: &'static str = "Sourcecreationerrors";

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
            "multihostId" => {
                self.multihost_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source_name" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source_error" => {
                self.source_error = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "operation" => {
                self.operation = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
