//! `Sedapprovalstatus`, from `apis/suggested-entitlement-description/schemas/sedapprovalstatus.yaml`.

/// SED Approval Status
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedapprovalstatus {
    /// failed reason will be display if status is failed
    #[serde(rename = "failedReason", skip_serializing_if = "Option::is_none")]
    pub failed_reason: Option<String>,
    /// Sed id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// SUCCESS | FAILED
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedapprovalstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sedapprovalstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedapprovalstatus {
    const NAME: &'static str = "Sedapprovalstatus";

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
            "failedReason" => {
                self.failed_reason = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
