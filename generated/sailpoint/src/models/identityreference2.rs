//! `Identityreference2`, from `apis/triggers/schemas/identityreference-2.yaml`.

/// Details about the identity correlated with the account.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityreference2 {
    /// The ID of the identity that is correlated with this account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the identity that is correlated with this account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The alias of the identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub alias: String,
    /// The email of the identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub email: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityreference2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        alias: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Identityreference2 {
            id: id.into(),
            name: name.into(),
            alias: alias.into(),
            email: email.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identityreference2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityreference2 {
    const NAME: &'static str = "Identityreference2";

    #[inline]
    fn empty() -> Self {
        Identityreference2 {
            id: Default::default(),
            name: Default::default(),
            alias: Default::default(),
            email: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "alias" => self.alias = map.next_value_seed(crate::lenient::Text)?,
            "email" => self.email = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
