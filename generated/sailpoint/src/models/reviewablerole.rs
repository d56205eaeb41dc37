//! `Reviewablerole`, from `apis/certification-summaries/schemas/reviewablerole.yaml`.

use crate::models::{
    Identityreferencewithnameandemail, Reviewableaccessprofile, Reviewableentitlement,
};

/// `Reviewablerole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reviewablerole {
    /// The id for the Role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the Role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Identityreferencewithnameandemail>,
    /// Indicates whether the Role can be revoked or requested
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// The date when a user's access expires.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The list of Access Profiles associated with this Role
    #[serde(rename = "accessProfiles", skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<Reviewableaccessprofile>>,
    /// The list of entitlements associated with this Role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Reviewableentitlement>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reviewablerole {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Reviewablerole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reviewablerole {
    const NAME: &'static str = "Reviewablerole";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "revocable" => {
                self.revocable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "endDate" => self.end_date = map.next_value_seed(crate::datetime::Optional)?,
            "accessProfiles" => self.access_profiles = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
