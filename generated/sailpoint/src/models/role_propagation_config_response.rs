//! `RolePropagationConfigResponse`, from `apis/role-propagation/schemas/role-propagation-config-response.yaml`.

/// Role Change Propagation Config Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolePropagationConfigResponse {
    /// Indicates if the Role Change Propagation process is enabled for the tenant
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The time when Role Change Propagation Process was last enabled on the tenant
    #[serde(rename = "enabledDate", skip_serializing_if = "Option::is_none")]
    pub enabled_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when Role Change Propagation Configuration was first created for the tenant
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when Role Change Propagation Config was updated on the tenant
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolePropagationConfigResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RolePropagationConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolePropagationConfigResponse {
    const NAME: &'static str = "RolePropagationConfigResponse";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "enabledDate" => {
                self.enabled_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
