//! `Accountinforef`, from `apis/access-requests/schemas/accountinforef.yaml`.

use crate::models::Dtotype;

/// `Accountinforef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountinforef {
    /// The uuid for the account, available under the 'objectguid' attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The 'distinguishedName' attribute for the account
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// DTO type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Dtotype>,
    /// The account id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account display name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountinforef {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountinforef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountinforef {
    const NAME: &'static str = "Accountinforef";

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
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
