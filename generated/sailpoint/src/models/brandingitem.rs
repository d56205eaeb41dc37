//! `Brandingitem`, from `apis/branding/schemas/brandingitem.yaml`.

/// `Brandingitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Brandingitem {
    /// name of branding item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// product name
    #[serde(rename = "productName", skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// hex value of color for action button
    #[serde(rename = "actionButtonColor", skip_serializing_if = "Option::is_none")]
    pub action_button_color: Option<String>,
    /// hex value of color for link
    #[serde(rename = "activeLinkColor", skip_serializing_if = "Option::is_none")]
    pub active_link_color: Option<String>,
    /// hex value of color for navigation bar
    #[serde(rename = "navigationColor", skip_serializing_if = "Option::is_none")]
    pub navigation_color: Option<String>,
    /// email from address
    #[serde(rename = "emailFromAddress", skip_serializing_if = "Option::is_none")]
    pub email_from_address: Option<String>,
    /// url to standard logo
    #[serde(rename = "standardLogoURL", skip_serializing_if = "Option::is_none")]
    pub standard_logo_url: Option<String>,
    /// login information message
    #[serde(
        rename = "loginInformationalMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub login_informational_message: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Brandingitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Brandingitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Brandingitem {
    const NAME: &'static str = "Brandingitem";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "productName" => {
                self.product_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "actionButtonColor" => {
                self.action_button_color = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "activeLinkColor" => {
                self.active_link_color = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "navigationColor" => {
                self.navigation_color = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "emailFromAddress" => {
                self.email_from_address = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "standardLogoURL" => {
                self.standard_logo_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "loginInformationalMessage" => {
                self.login_informational_message = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
