//! `Roleminingpotentialroleprovisionrequest`, from `apis/iai-role-mining/schemas/roleminingpotentialroleprovisionrequest.yaml`.

/// `Roleminingpotentialroleprovisionrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingpotentialroleprovisionrequest {
    /// Name of the new role being created
    #[serde(rename = "roleName", skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// Short description of the new role being created
    #[serde(rename = "roleDescription", skip_serializing_if = "Option::is_none")]
    pub role_description: Option<String>,
    /// ID of the identity that will own this role
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// When true, create access requests for the identities associated with the potential role
    #[serde(rename = "includeIdentities", skip_serializing_if = "Option::is_none")]
    pub include_identities: Option<bool>,
    /// When true, assign entitlements directly to the role; otherwise, create access profiles containing the entitlements
    #[serde(
        rename = "directlyAssignedEntitlements",
        skip_serializing_if = "Option::is_none"
    )]
    pub directly_assigned_entitlements: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingpotentialroleprovisionrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingpotentialroleprovisionrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingpotentialroleprovisionrequest {
    const NAME: &'static str = "Roleminingpotentialroleprovisionrequest";

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
            "roleName" => {
                self.role_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "roleDescription" => {
                self.role_description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "includeIdentities" => {
                self.include_identities = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "directlyAssignedEntitlements" => {
                self.directly_assigned_entitlements = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
