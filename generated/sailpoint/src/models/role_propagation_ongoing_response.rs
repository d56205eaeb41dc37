//! `RolePropagationOngoingResponse`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml`.

use crate::models::RolePropagationOngoingResponseRolePropagationDetails;

/// Running Role Propagation Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolePropagationOngoingResponse {
    /// Indicates if the role propagation process is currently running on the tenant
    #[serde(rename = "isRunning", skip_serializing_if = "Option::is_none")]
    pub is_running: Option<bool>,
    /// Details of the ongoing role propagation process
    #[serde(rename = "rolePropagationDetails", skip_serializing_if = "Option::is_none")]
    pub role_propagation_details: Option<
        RolePropagationOngoingResponseRolePropagationDetails,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolePropagationOngoingResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RolePropagationOngoingResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolePropagationOngoingResponse {
    const NAME: &'static str = "RolePropagationOngoingResponse";

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
            "isRunning" => {
                self.is_running = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "rolePropagationDetails" => self.role_propagation_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
