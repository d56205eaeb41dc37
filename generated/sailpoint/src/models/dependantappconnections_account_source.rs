//! `DependantappconnectionsAccountSource`, from `apis/sources/schemas/dependantappconnections.yaml#/properties/accountSource`.

use crate::models::DependantappconnectionsAccountSourcePasswordPoliciesInner;

/// The Account Source of the connected Application
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DependantappconnectionsAccountSource {
    /// Use this Account Source for password management
    #[serde(
        rename = "useForPasswordManagement",
        skip_serializing_if = "Option::is_none"
    )]
    pub use_for_password_management: Option<bool>,
    /// A list of Password Policies for this Account Source
    #[serde(rename = "passwordPolicies", skip_serializing_if = "Option::is_none")]
    pub password_policies: Option<
        Vec<DependantappconnectionsAccountSourcePasswordPoliciesInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DependantappconnectionsAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for DependantappconnectionsAccountSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DependantappconnectionsAccountSource {
    const NAME: &'static str = "DependantappconnectionsAccountSource";

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
            "useForPasswordManagement" => {
                self.use_for_password_management = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "passwordPolicies" => self.password_policies = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
