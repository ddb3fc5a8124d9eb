locals {
	café        = "crème brûlée"
	emoji       = "🚀 launch ${var.naïve} 🎉"
	tabs	=	"tab separated"
	mixed = {
		"clé"  = "värde"
		ключ   = "значение"
		"🔑"   = "🔒"
	}
}
