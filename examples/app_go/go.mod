module example.com/app_go

go 1.27
