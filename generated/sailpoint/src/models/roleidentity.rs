//! `Roleidentity`, from `apis/roles/schemas/roleidentity.yaml`.

use crate::models::Roleassignmentsourcetype;

/// A subset of the fields of an Identity which is a member of a Role.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleidentity {
    /// The ID of the Identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The alias / username of the Identity
    #[serde(rename = "aliasName", skip_serializing_if = "Option::is_none")]
    pub alias_name: Option<String>,
    /// The human-readable display name of the Identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address of the Identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(rename = "roleAssignmentSource", skip_serializing_if = "Option::is_none")]
    pub role_assignment_source: Option<Roleassignmentsourcetype>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleidentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleidentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleidentity {
    const NAME: &'static str = "Roleidentity";

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
            "aliasName" => {
                self.alias_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "roleAssignmentSource" => self.role_assignment_source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
