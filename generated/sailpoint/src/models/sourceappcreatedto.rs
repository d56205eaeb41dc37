//! `Sourceappcreatedto`, from `apis/apps/schemas/sourceappcreatedto.yaml`.

use crate::models::SourceappcreatedtoAccountSource;

/// `Sourceappcreatedto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceappcreatedto {
    /// The source app name
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The description of the source app
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// True if the source app match all accounts
    #[serde(rename = "matchAllAccounts", skip_serializing_if = "Option::is_none")]
    pub match_all_accounts: Option<bool>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accountSource", skip_serializing_if = "Option::is_none")]
    pub account_source: Option<SourceappcreatedtoAccountSource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceappcreatedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        account_source: SourceappcreatedtoAccountSource,
    ) -> Self {
        Sourceappcreatedto {
            name: name.into(),
            description: description.into(),
            match_all_accounts: None,
            account_source: Some(account_source),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourceappcreatedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceappcreatedto {
    const NAME: &'static str = "Sourceappcreatedto";

    #[inline]
    fn empty() -> Self {
        Sourceappcreatedto {
            name: Default::default(),
            description: Default::default(),
            match_all_accounts: None,
            account_source: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "matchAllAccounts" => {
                self.match_all_accounts = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountSource" => self.account_source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
