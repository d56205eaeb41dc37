//! `Custompasswordinstruction`, from `apis/custom-password-instructions/schemas/custompasswordinstruction.yaml`.

use crate::models::CustompasswordinstructionPageId;

/// `Custompasswordinstruction` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Custompasswordinstruction {
    /// The page ID that represents the page for forget user name, reset password and unlock account flow.
    #[serde(rename = "pageId", skip_serializing_if = "Option::is_none")]
    pub page_id: Option<CustompasswordinstructionPageId>,
    /// The custom instructions for the specified page. Allow basic HTML format and maximum length is 1000 characters. The custom instructions will be sanitized to avoid attacks.
    /// If the customization text includes a link, like `<A HREF=\"URL\">...</A>` clicking on this will open the link on the current browser page.
    /// If you want your link to be redirected to a different page, please redirect it to "_blank" like this: `<a href=\"URL" target=\"_blank\" >link</a>`. This will open a new tab when the link is clicked. Notice we're only supporting _blank as the redirection target.
    #[serde(rename = "pageContent", skip_serializing_if = "Option::is_none")]
    pub page_content: Option<String>,
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Custompasswordinstruction {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Custompasswordinstruction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Custompasswordinstruction {
    const NAME: &'static str = "Custompasswordinstruction";

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
            "pageId" => self.page_id = map.next_value()?,
            "pageContent" => {
                self.page_content = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
