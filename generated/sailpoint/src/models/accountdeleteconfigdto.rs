//! `Accountdeleteconfigdto`, from `apis/sources/schemas/accountdeleteconfigdto.yaml`.

use crate::models::SourcesApprovalconfig;

/// detailed information about account delete approval config
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountdeleteconfigdto {
    /// Specifies if an account deletion request requires approval.
    #[serde(rename = "approvalRequired", skip_serializing_if = "Option::is_none")]
    pub approval_required: Option<bool>,
    #[serde(rename = "approvalConfig", skip_serializing_if = "Option::is_none")]
    pub approval_config: Option<SourcesApprovalconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountdeleteconfigdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountdeleteconfigdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountdeleteconfigdto {
    const NAME: &'static str = "Accountdeleteconfigdto";

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
            "approvalRequired" => {
                self.approval_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "approvalConfig" => self.approval_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
